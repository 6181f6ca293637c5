package vn.lantoa.bulletin;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;

/** A bulletin issue as a print-ready PDF or an editable DOCX, for those who may see it (or anyone, once published). */
@Service
public class BulletinExport {

	/** A rendered file: its name and bytes. */
	public record Rendered(String filename, byte[] content) {
	}

	private final IssueDesk issues;
	private final ArticlePhotos photos;
	private final OrgTree tree;
	private final BulletinPdf pdf;
	private final BulletinDocx docx;

	BulletinExport(IssueDesk issues, ArticlePhotos photos, OrgTree tree, BulletinPdf pdf, BulletinDocx docx) {
		this.issues = issues;
		this.photos = photos;
		this.tree = tree;
		this.pdf = pdf;
		this.docx = docx;
	}

	@Transactional(readOnly = true)
	public Rendered pdf(Actor actor, long issueId) {
		BulletinDocument doc = document(issues.get(actor, issueId));
		return new Rendered(doc.fileName("pdf"), pdf.render(doc));
	}

	@Transactional(readOnly = true)
	public Rendered docx(Actor actor, long issueId) {
		BulletinDocument doc = document(issues.get(actor, issueId));
		return new Rendered(doc.fileName("docx"), docx.render(doc));
	}

	/** The PDF of a published issue, for the public page. */
	@Transactional(readOnly = true)
	public Rendered publicPdf(long issueId) {
		BulletinDocument doc = document(issues.getPublic(issueId));
		return new Rendered(doc.fileName("pdf"), pdf.render(doc));
	}

	BulletinDocument document(BulletinIssue issue) {
		List<BulletinDocument.Item> items = issues.contents(issue.getId()).stream()
			.map(a -> new BulletinDocument.Item(a.getTitle(), a.getAuthor(), unitName(a.getUnitId()),
					RichText.blocks(a.getBodyHtml()), photos.of(a.getId()).stream()
						.map(p -> new BulletinDocument.Picture(photos.bytes(p), p.contentType(), p.caption(), p.width(),
								p.height()))
						.toList()))
			.toList();
		return new BulletinDocument(unitName(issue.getOwnerUnitId()), issue.numberText(), issue.getIssuedOn(),
				issue.getTitle(), items);
	}

	private String unitName(long unitId) {
		return tree.pathTo(unitId).stream().reduce((a, b) -> b).map(u -> u.name()).orElse("");
	}
}
