package vn.lantoa.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.lantoa.shared.Actor;

/** The user's notifications, and for administrators the e-mails that could not be sent yet. */
@Controller
class NotificationController {

	private static final int SHOWN = 200;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Actor actor, Model model) {
		model.addAttribute("items", notifications.of(actor, SHOWN));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(Actor actor, @PathVariable long id) {
		String link = notifications.read(actor, id);
		boolean local = link != null && link.startsWith("/") && !link.startsWith("//");
		return "redirect:" + (local ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(Actor actor) {
		notifications.readAll(actor);
		return "redirect:/notifications";
	}

	@GetMapping("/admin/notifications")
	String failing(Model model) {
		model.addAttribute("waiting", notifications.failing());
		return "notification/failing";
	}
}
