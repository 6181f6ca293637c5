package vn.lantoa.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlan.AssignmentPlan;
import vn.lantoa.campaign.CampaignPlan.ChannelPlan;
import vn.lantoa.campaign.CampaignPlan.ThemePlan;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.directive.parse.AssignmentItem;
import vn.lantoa.directive.parse.ChannelItem;
import vn.lantoa.directive.parse.ParsedGuidance;
import vn.lantoa.directive.parse.Theme;
import vn.lantoa.directive.parse.UnitMatcher;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** Turns a parsed document into the review screen's draft, and the reviewed draft into a campaign plan. */
@Component
class ReviewDrafts {

	private final OrgTree tree;
	private final Clock clock;

	ReviewDrafts(OrgTree tree, Clock clock) {
		this.tree = tree;
		this.clock = clock;
	}

	UnitMatcher matcher(Actor actor) {
		return new UnitMatcher(tree.subtree(actor.scopeUnitId()).stream().filter(UnitView::active)
			.map(u -> new UnitMatcher.Candidate(u.id(), u.name())).toList());
	}

	ReviewForm fromParsed(Actor actor, ParsedGuidance parsed) {
		ReviewForm form = new ReviewForm();
		form.setType(parsed.type());
		form.setNumber(parsed.number());
		form.setIssuer(parsed.issuer());
		form.setPlace(parsed.place());
		form.setIssuedOn(parsed.date());
		form.setTitle(parsed.title());
		form.setCampaignTitle(capitalised(parsed.title()));
		LocalDate start = parsed.date() != null ? parsed.date() : LocalDate.now(clock);
		form.setStartsOn(start);
		form.setEndsOn(start.withMonth(12).withDayOfMonth(31));
		form.setDueOn(form.getEndsOn());
		form.setPurposes(String.join("\n", parsed.purposes()));
		form.setRequirements(String.join("\n", parsed.requirements()));
		for (Theme theme : parsed.contentThemes()) {
			ReviewForm.ThemeRow row = new ReviewForm.ThemeRow();
			row.setTitle(theme.title());
			row.setBody(theme.text());
			form.getThemes().add(row);
		}
		for (ChannelItem channel : parsed.channels()) {
			ReviewForm.ChannelRow row = new ReviewForm.ChannelRow();
			row.setTitle(channel.title());
			row.setBody(channel.text());
			row.setForms(String.join("\n", channel.items()));
			row.setMeasureCodes(new ArrayList<>(MeasureCatalogue.suggest(channel.title() + " " + channel.text())));
			form.getChannels().add(row);
		}
		for (AssignmentItem item : parsed.assignments()) {
			ReviewForm.AssignmentRow row = new ReviewForm.AssignmentRow();
			row.setUnitText(item.unitText());
			row.setTasks(String.join("\n", item.tasks()));
			if (item.unitId() != null) {
				row.getUnitIds().add(item.unitId());
			} else {
				row.setKinds(new ArrayList<>(UnitGroups.kindsNamedBy(item.unitText())));
			}
			row.setMatched(item.unitId() != null || !row.getKinds().isEmpty());
			form.getAssignments().add(row);
		}
		form.setWarnings(new ArrayList<>(parsed.warnings()));
		return form;
	}

	CampaignPlan toPlan(Actor actor, long directiveId, ReviewForm form) {
		if (form.getFrequency() == null || form.getDeadlineRule() == null) {
			throw new Refusal(400, "campaign.error.schedule");
		}
		if (form.getCutoffDay() < 0 || form.getCutoffDay() > ReportSchedule.MAX_CUTOFF_DAY) {
			throw new Refusal(400, "campaign.error.cutoff", ReportSchedule.MAX_CUTOFF_DAY);
		}
		ReportSchedule schedule;
		try {
			schedule = new ReportSchedule(form.getFrequency(), form.getDeadlineRule(), form.getDeadlineDays(),
					form.getCutoffDay());
		} catch (IllegalArgumentException e) {
			throw new Refusal(400, "campaign.error.schedule");
		}
		List<UnitView> scope = tree.subtree(actor.scopeUnitId());
		List<AssignmentPlan> assignments = new ArrayList<>();
		for (ReviewForm.AssignmentRow row : form.getAssignments()) {
			Set<Long> units = new LinkedHashSet<>(row.getUnitIds());
			scope.stream().filter(u -> u.active() && row.getKinds().contains(u.kind())).forEach(u -> units.add(u.id()));
			assignments.add(new AssignmentPlan(row.getUnitText(), List.copyOf(units), ReviewForm.lines(row.getTasks()),
					form.getDueOn() != null ? form.getDueOn() : form.getEndsOn()));
		}
		return new CampaignPlan(directiveId, form.getCampaignTitle(), form.getStartsOn(), form.getEndsOn(),
				ReviewForm.lines(form.getPurposes()), ReviewForm.lines(form.getRequirements()), schedule,
				form.getThemes().stream().map(t -> new ThemePlan(t.getTitle(), t.getBody())).toList(),
				form.getChannels().stream().map(c -> new ChannelPlan(c.getTitle(), c.getBody(),
						ReviewForm.lines(c.getForms()), c.getMeasureCodes())).toList(),
				assignments);
	}

	private static String capitalised(String title) {
		if (title == null || title.isBlank()) {
			return "";
		}
		String t = title.trim();
		return Character.toUpperCase(t.charAt(0)) + t.substring(1);
	}
}
