package vn.lantoa.bulletin;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Locales;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The bulletin issue pages: list, new issue, one issue with its articles in order, publishing and the exports. */
@Controller
class IssueController {

	private final IssueDesk desk;
	private final BulletinQueries queries;
	private final BulletinExport export;
	private final OrgTree tree;
	private final MessageSource messages;

	IssueController(IssueDesk desk, BulletinQueries queries, BulletinExport export, OrgTree tree,
			MessageSource messages) {
		this.desk = desk;
		this.queries = queries;
		this.export = export;
		this.tree = tree;
		this.messages = messages;
	}

	@GetMapping("/bulletin/issues")
	String list(Actor actor, Model model) {
		model.addAttribute("issues", queries.issues(actor));
		model.addAttribute("canCreate", desk.canEdit(actor, actor.scopeUnitId()));
		return "bulletin/issues";
	}

	@GetMapping("/bulletin/issues/new")
	String newIssue(Actor actor, Model model) {
		if (!desk.canEdit(actor, actor.scopeUnitId())) {
			throw new OutOfScope();
		}
		IssueForm form = new IssueForm();
		form.setOwnerUnitId(actor.scopeUnitId());
		form.setIssuedOn(LocalDate.now());
		// the bulletin is printed in Vietnamese whatever the language of the pages
		form.setTitle(messages.getMessage("issue.list.title", null, Locales.VIETNAMESE));
		return form(actor, form, model);
	}

	@PostMapping("/bulletin/issues")
	String create(Actor actor, @ModelAttribute("form") IssueForm form, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			BulletinIssue issue = desk.create(actor, form.toDetails());
			flash.addFlashAttribute("success", "issue.created");
			return "redirect:/bulletin/issues/" + issue.getId();
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			response.setStatus(e.status());
			model.addAttribute("refusal", e);
			return form(actor, form, model);
		}
	}

	@GetMapping("/bulletin/issues/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		BulletinIssue issue = desk.get(actor, id);
		boolean canEdit = desk.canEdit(actor, issue.getOwnerUnitId());
		model.addAttribute("issue", issue);
		model.addAttribute("owner", tree.pathTo(issue.getOwnerUnitId()).stream().reduce((a, b) -> b)
			.map(u -> u.name()).orElse(""));
		model.addAttribute("contents", desk.contents(id));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("available", canEdit && !issue.isPublished() ? queries.articles(actor,
				new BulletinQueries.ArticleFilter(issue.getOwnerUnitId(), Article.Status.ACCEPTED, false, null, 0, 200))
				: java.util.List.of());
		return "bulletin/issue";
	}

	@PostMapping("/bulletin/issues/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") IssueForm form,
			RedirectAttributes flash) {
		desk.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
		return done(flash, id, "issue.saved");
	}

	@PostMapping("/bulletin/issues/{id}/articles")
	String place(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam long articleId,
			RedirectAttributes flash) {
		desk.place(actor, id, version, articleId);
		return done(flash, id, "issue.placed");
	}

	@PostMapping("/bulletin/issues/{id}/articles/{articleId}/remove")
	String remove(Actor actor, @PathVariable long id, @PathVariable long articleId, @RequestParam int version,
			RedirectAttributes flash) {
		desk.remove(actor, id, version, articleId);
		return done(flash, id, "issue.removed");
	}

	@PostMapping("/bulletin/issues/{id}/articles/{articleId}/move")
	String move(Actor actor, @PathVariable long id, @PathVariable long articleId, @RequestParam int version,
			@RequestParam boolean up, RedirectAttributes flash) {
		desk.move(actor, id, version, articleId, up);
		return done(flash, id, "issue.moved");
	}

	@PostMapping("/bulletin/issues/{id}/publish")
	String publish(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		desk.publish(actor, id, version);
		return done(flash, id, "issue.published");
	}

	@PostMapping("/bulletin/issues/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		desk.withdraw(actor, id, version);
		return done(flash, id, "issue.withdrawn");
	}

	@GetMapping("/bulletin/issues/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
		return Downloads.attachment(export.pdf(actor, id), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/bulletin/issues/{id}/export.docx")
	ResponseEntity<byte[]> docx(Actor actor, @PathVariable long id) {
		return Downloads.attachment(export.docx(actor, id), Downloads.DOCX);
	}

	private static String done(RedirectAttributes flash, long id, String message) {
		flash.addFlashAttribute("success", message);
		return "redirect:/bulletin/issues/" + id;
	}

	private String form(Actor actor, IssueForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active()).toList());
		return "bulletin/issue-form";
	}
}
