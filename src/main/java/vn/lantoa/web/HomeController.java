package vn.lantoa.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.dashboard.CampaignOverview;
import vn.lantoa.notification.Notifications;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * The first page after sign-in: the user's unit and scope; for leaders, coordinators and admins the campaigns that
 * concern them with links to their dashboards; for reporters the reports their unit owes; the open tasks of their
 * subtree, and where to go.
 */
@Controller
class HomeController {

	private static final int OPEN_TASKS_SHOWN = 20;
	private static final int NOTIFICATIONS_SHOWN = 5;

	private final OrgTree tree;
	private final CampaignDirectory campaigns;
	private final CampaignOverview overview;
	private final Notifications notifications;

	HomeController(OrgTree tree, CampaignDirectory campaigns, CampaignOverview overview,
			Notifications notifications) {
		this.tree = tree;
		this.campaigns = campaigns;
		this.overview = overview;
		this.notifications = notifications;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("unitPath", tree.pathTo(actor.unitId()));
		model.addAttribute("scopePath", tree.pathTo(actor.scopeUnitId()));
		model.addAttribute("scopeSize", tree.size(actor.scopeUnitId()));
		model.addAttribute("assignments", campaigns.openAssignmentsOf(actor, OPEN_TASKS_SHOWN));
		model.addAttribute("dashboards", actor.is(Role.REPORTER) ? java.util.List.of() : overview.cards(actor));
		model.addAttribute("dues", actor.is(Role.REPORTER) ? overview.dues(actor) : java.util.List.of());
		model.addAttribute("notifications", notifications.of(actor, NOTIFICATIONS_SHOWN));
		model.addAttribute("unreadNotifications", notifications.unread(actor));
		return "home";
	}
}
