package vn.lantoa.bulletin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.recognition.ModelQueries;
import vn.lantoa.recognition.ModelRegistry;
import vn.lantoa.shared.Locales;

/**
 * The public page and feed, open without signing in (see the security configuration): only what editors published.
 * Anything else, including an item that was published and then withdrawn, is "not found".
 */
@Controller
class PublicController {

	private final PublicItems items;
	private final IssueDesk issues;
	private final ArticleDesk articles;
	private final ArticlePhotos photos;
	private final ModelRegistry models;
	private final ModelQueries modelQueries;
	private final BulletinExport export;
	private final AtomFeed feed;
	private final MessageSource messages;
	private final String publicUrl;

	PublicController(PublicItems items, IssueDesk issues, ArticleDesk articles, ArticlePhotos photos,
			ModelRegistry models, ModelQueries modelQueries, BulletinExport export, AtomFeed feed,
			MessageSource messages, @Value("${lantoa.public-url:}") String publicUrl) {
		this.items = items;
		this.issues = issues;
		this.articles = articles;
		this.photos = photos;
		this.models = models;
		this.modelQueries = modelQueries;
		this.export = export;
		this.feed = feed;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/public")
	String home(Model model) {
		model.addAttribute("issues", items.issues());
		model.addAttribute("models", items.models());
		model.addAttribute("articles", items.articles());
		return "bulletin/public";
	}

	@GetMapping("/public/issues/{id}")
	String issue(@PathVariable long id, Model model) {
		BulletinIssue issue = issues.getPublic(id);
		BulletinDocument doc = export.document(issue);
		model.addAttribute("issue", issue);
		model.addAttribute("publisher", doc.publisher());
		model.addAttribute("contents", issues.contents(id));
		model.addAttribute("unitNames", doc.items().stream().map(BulletinDocument.Item::unitName).toList());
		model.addAttribute("photos", issues.contents(id).stream().map(a -> photos.of(a.getId())).toList());
		return "bulletin/public-issue";
	}

	@GetMapping("/public/issues/{id}/bulletin.pdf")
	ResponseEntity<byte[]> issuePdf(@PathVariable long id) {
		return Downloads.attachment(export.publicPdf(id), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/public/articles/{id}")
	String article(@PathVariable long id, Model model) {
		Article article = articles.getPublic(id);
		model.addAttribute("article", article);
		model.addAttribute("unitName", modelQueries.unitName(article.getUnitId()));
		model.addAttribute("photos", photos.of(id));
		return "bulletin/public-article";
	}

	@GetMapping("/public/articles/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long photoId) {
		return Downloads.photo(photos.openPublic(id, photoId), true);
	}

	@GetMapping("/public/models/{id}")
	String model(@PathVariable long id, Model model) {
		ExemplaryModel m = models.getPublic(id);
		model.addAttribute("m", m);
		model.addAttribute("unitName", modelQueries.unitName(m.getUnitId()));
		return "bulletin/public-model";
	}

	@GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	ResponseEntity<String> atom() {
		String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicUrl.replaceAll("/+$", "");
		String body = feed.render(items.all(), base, messages.getMessage("public.feedTitle", null,
				Locales.VIETNAMESE), messages.getMessage("public.feedSubtitle", null, Locales.VIETNAMESE));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(body);
	}
}
