package vn.lantoa.directive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** Import of a guidance document, the review screen, and the directives list. */
@Controller
class DirectiveController {

	private final DirectiveImport imports;
	private final DirectiveList list;
	private final MeasureCatalogue measures;
	private final OrgTree tree;

	DirectiveController(DirectiveImport imports, DirectiveList list, MeasureCatalogue measures, OrgTree tree) {
		this.imports = imports;
		this.list = list;
		this.measures = measures;
		this.tree = tree;
	}

	@GetMapping("/directives")
	String list(Actor actor, Model model) {
		model.addAttribute("directives", list.visible(actor));
		return "directive/directives";
	}

	@GetMapping("/directives/import")
	String importForm(Actor actor) {
		DirectiveImport.requirePlanner(actor);
		return "directive/import";
	}

	@PostMapping("/directives/import")
	String importDocument(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response)
			throws IOException {
		try {
			Directive directive;
			if (file != null && !file.isEmpty()) {
				directive = imports.importDocument(actor, file.getOriginalFilename(), file.getBytes());
			} else {
				directive = imports.importDocument(actor, null, text.getBytes(StandardCharsets.UTF_8));
			}
			return "redirect:/directives/" + directive.getId() + "/review";
		} catch (Refusal e) {
			if (e.status() == 403) {
				throw e;
			}
			response.setStatus(e.status());
			model.addAttribute("refusal", e);
			model.addAttribute("text", text);
			return "directive/import";
		}
	}

	@GetMapping("/directives/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Directive directive = imports.get(actor, id);
		if (directive.getStatus() == Directive.Status.DRAFT) {
			return "redirect:/directives/" + id + "/review";
		}
		model.addAttribute("directive", directive);
		model.addAttribute("campaignIds", list.campaignsOf(id));
		return "directive/directive";
	}

	@GetMapping("/directives/{id}/review")
	String review(Actor actor, @PathVariable long id, Model model) {
		Directive directive = imports.get(actor, id);
		if (directive.getStatus() != Directive.Status.DRAFT) {
			return "redirect:/directives/" + id;
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", imports.draft(actor, id));
		}
		return reviewPage(actor, directive, model);
	}

	@PostMapping("/directives/{id}/review")
	String saveReview(Actor actor, @PathVariable long id, @ModelAttribute("form") ReviewForm form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
		switch (action) {
			case "addTheme" -> form.getThemes().add(new ReviewForm.ThemeRow());
			case "addChannel" -> form.getChannels().add(new ReviewForm.ChannelRow());
			case "addAssignment" -> form.getAssignments().add(new ReviewForm.AssignmentRow());
			case "plan" -> {
				try {
					Campaign campaign = imports.plan(actor, id, form);
					flash.addFlashAttribute("success", "campaign.created");
					return "redirect:/campaigns/" + campaign.getId();
				} catch (Refusal e) {
					if (e.status() == 403 || e.status() == 404) {
						throw e;
					}
					model.addAttribute("refusal", e);
					return reviewPage(actor, imports.get(actor, id), model);
				}
			}
			default -> {
				imports.saveDraft(actor, id, form);
				flash.addFlashAttribute("success", "directive.saved");
				return "redirect:/directives/" + id + "/review";
			}
		}
		imports.saveDraft(actor, id, form);
		return reviewPage(actor, imports.get(actor, id), model);
	}

	private String reviewPage(Actor actor, Directive directive, Model model) {
		model.addAttribute("directive", directive);
		model.addAttribute("measures", measures.all());
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("frequencies", ReportSchedule.Frequency.values());
		model.addAttribute("rules", ReportSchedule.DeadlineRule.values());
		return "directive/review";
	}
}
