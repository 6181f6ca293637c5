package vn.lantoa.account;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.notification.DueItems;
import vn.lantoa.notification.EmailChoices;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** The user's own page: password, the e-mails they receive, API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final AccountAdministration administration;
	private final ApiTokens tokens;
	private final java.time.Clock clock;
	private final EmailChoices emails;

	ProfileController(AccountAdministration administration, ApiTokens tokens, java.time.Clock clock,
			EmailChoices emails) {
		this.administration = administration;
		this.tokens = tokens;
		this.clock = clock;
		this.emails = emails;
	}

	@GetMapping
	String profile(Actor actor, Model model) {
		model.addAttribute("tokens", tokens.list(actor.accountId()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("emailKinds", DueItems.Kind.values());
		model.addAttribute("emailsWanted", emails.wanted(actor.accountId()));
		return "account/profile";
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @RequestParam String current, @RequestParam String password,
			@RequestParam String confirm, Model model, RedirectAttributes flash) {
		try {
			if (!password.equals(confirm)) {
				throw new Refusal(400, "password.error.confirm");
			}
			administration.changeOwnPassword(actor, current, password);
		} catch (Refusal e) {
			model.addAttribute("passwordError", e);
			return profile(actor, model);
		}
		flash.addFlashAttribute("success", "password.changed");
		return "redirect:/profile";
	}

	@PostMapping("/emails")
	String chooseEmails(Actor actor, @RequestParam(name = "kind", required = false) Set<DueItems.Kind> kinds,
			RedirectAttributes flash) {
		emails.choose(actor, kinds == null ? Set.of() : kinds);
		flash.addFlashAttribute("success", "email.choices.saved");
		return "redirect:/profile";
	}

	@PostMapping("/tokens")
	String issueToken(Actor actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "READ_WRITE") ApiTokens.Scope scope,
			@RequestParam(required = false) Integer expiresInDays, RedirectAttributes flash) {
		flash.addFlashAttribute("issued", tokens.issue(actor.accountId(), name, scope, expiresInDays));
		return "redirect:/profile";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes flash) {
		tokens.revoke(actor, id);
		flash.addFlashAttribute("success", "token.revoked");
		return "redirect:/profile";
	}
}
