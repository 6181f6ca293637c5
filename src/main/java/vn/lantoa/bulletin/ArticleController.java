package vn.lantoa.bulletin;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The article pages of the bulletin: list, the submission form, one article with its review steps and photos. */
@Controller
class ArticleController {

	private final ArticleDesk desk;
	private final ArticlePhotos photos;
	private final BulletinQueries queries;
	private final OrgTree tree;

	ArticleController(ArticleDesk desk, ArticlePhotos photos, BulletinQueries queries, OrgTree tree) {
		this.desk = desk;
		this.photos = photos;
		this.queries = queries;
		this.tree = tree;
	}

	@GetMapping("/bulletin/articles")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Article.Status status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (unitId != null) {
			tree.requireVisible(actor, unitId);
		}
		BulletinQueries.ArticleFilter filter = new BulletinQueries.ArticleFilter(unitId, status, null, q, page, 50);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", queries.articles(actor, filter));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		model.addAttribute("canSubmit", desk.canSubmit(actor, actor.unitId()));
		return "bulletin/articles";
	}

	@GetMapping("/bulletin/articles/new")
	String newArticle(Actor actor, Model model) {
		if (!desk.canSubmit(actor, actor.unitId())) {
			throw new OutOfScope();
		}
		ArticleForm form = new ArticleForm();
		form.setUnitId(actor.unitId());
		form.setAuthor(actor.fullName());
		return form(actor, form, model);
	}

	@PostMapping("/bulletin/articles")
	String submit(Actor actor, @ModelAttribute("form") ArticleForm form,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			@RequestParam(required = false) String caption, Model model, RedirectAttributes flash,
			HttpServletResponse response) throws IOException {
		try {
			Article article = photos.submitWith(actor, form.toDetails(), photo == null ? null
					: photo.getOriginalFilename(), photo == null || photo.isEmpty() ? null : photo.getBytes(), caption);
			flash.addFlashAttribute("success", "article.submitted");
			return "redirect:/bulletin/articles/" + article.getId();
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@GetMapping("/bulletin/articles/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Article article = desk.get(actor, id);
		model.addAttribute("article", article);
		model.addAttribute("unitName", tree.pathTo(article.getUnitId()).stream().reduce((a, b) -> b)
			.map(u -> u.name()).orElse(""));
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("canRevise", desk.canRevise(actor, article));
		model.addAttribute("canEdit", desk.canEdit(actor, article.getUnitId()) && !desk.inPublishedIssue(article));
		return "bulletin/article";
	}

	@GetMapping("/bulletin/articles/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		Article article = desk.get(actor, id);
		if (!desk.canRevise(actor, article)) {
			throw new OutOfScope();
		}
		model.addAttribute("articleId", id);
		return form(actor, ArticleForm.of(article), model);
	}

	@PostMapping("/bulletin/articles/{id}")
	String revise(Actor actor, @PathVariable long id, @ModelAttribute("form") ArticleForm form, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		model.addAttribute("articleId", id);
		try {
			desk.revise(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
			flash.addFlashAttribute("success", "article.saved");
			return "redirect:/bulletin/articles/" + id;
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@PostMapping("/bulletin/articles/{id}/accept")
	String accept(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		desk.accept(actor, id, version);
		return done(flash, id, "article.accepted");
	}

	@PostMapping("/bulletin/articles/{id}/return")
	String returnIt(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam String comment,
			RedirectAttributes flash) {
		desk.returnWith(actor, id, version, comment);
		return done(flash, id, "article.returned");
	}

	@PostMapping("/bulletin/articles/{id}/publish")
	String publish(Actor actor, @PathVariable long id, @RequestParam int version, @RequestParam boolean visible,
			RedirectAttributes flash) {
		desk.showPublicly(actor, id, version, visible);
		return done(flash, id, visible ? "article.published" : "article.unpublished");
	}

	@PostMapping("/bulletin/articles/{id}/photos")
	String addPhoto(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(required = false) String caption, RedirectAttributes flash) throws IOException {
		photos.add(actor, id, photo == null ? null : photo.getOriginalFilename(),
				photo == null || photo.isEmpty() ? null : photo.getBytes(), caption);
		return done(flash, id, "photo.added");
	}

	@PostMapping("/bulletin/articles/{id}/photos/{photoId}/delete")
	String removePhoto(Actor actor, @PathVariable long id, @PathVariable long photoId, RedirectAttributes flash) {
		photos.remove(actor, id, photoId);
		return done(flash, id, "photo.removed");
	}

	@GetMapping("/bulletin/articles/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(Actor actor, @PathVariable long id, @PathVariable long photoId) {
		return Downloads.photo(photos.open(actor, id, photoId), false);
	}

	private static String done(RedirectAttributes flash, long id, String message) {
		flash.addFlashAttribute("success", message);
		return "redirect:/bulletin/articles/" + id;
	}

	private String refused(Actor actor, ArticleForm form, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return form(actor, form, model);
	}

	private String form(Actor actor, ArticleForm form, Model model) {
		// the editor shows the body as HTML: only ever a cleaned one, also after a refusal
		form.setBody(RichText.clean(form.getBody()));
		model.addAttribute("form", form);
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active()).toList());
		return "bulletin/article-form";
	}
}
