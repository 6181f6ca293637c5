package vn.lantoa.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lantoa.bulletin.Article;
import vn.lantoa.bulletin.BulletinIssue;
import vn.lantoa.recognition.AwardEntry;
import vn.lantoa.recognition.Contest;
import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.security.AccessRules.Rule;
import vn.lantoa.security.AccessRules.Sample;
import vn.lantoa.security.AccessRules.Who;

/**
 * The rules of the recognition and bulletin endpoints, in the style of {@link AccessRules} (which includes them):
 * reporters propose and submit for their own unit, coordinators and admins above review, recognise and edit the
 * bulletin, leaders read; the public pages answer everyone.
 */
final class RecognitionAccessRules {

	static final Set<Who> SIGNED_IN = AccessRules.SIGNED_IN;
	static final Set<Who> DOERS = AccessRules.DOERS;
	static final Set<Who> PLANNERS = AccessRules.PLANNERS;
	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	private RecognitionAccessRules() {
	}

	static List<Rule> rules() {
		return List.of(
				rule("GET", "/models", SIGNED_IN, t -> get("/models")),
				rule("GET", "/models/new", DOERS, t -> get("/models/new")),
				scoped("POST", "/models", DOERS, t -> modelForm(post("/models"), t.unit())),
				scoped("GET", "/models/{id}", SIGNED_IN, t -> get("/models/{id}", r(t).proposedModel().getId())),
				scoped("GET", "/models/{id}/edit", DOERS, t -> get("/models/{id}/edit", r(t).proposedModel().getId())),
				scoped("POST", "/models/{id}", DOERS, t -> {
					ExemplaryModel m = r(t).proposedModel();
					return modelForm(post("/models/{id}", m.getId()), t.unit()).param("version", id(m.getVersion()));
				}),
				scoped("POST", "/models/{id}/verify", PLANNERS, t -> versioned("/models/{id}/verify",
						r(t).proposedModel().getId(), r(t).proposedModel().getVersion())),
				scoped("POST", "/models/{id}/recognise", PLANNERS, t -> {
					ExemplaryModel m = r(t).verifiedModel();
					return versioned("/models/{id}/recognise", m.getId(), m.getVersion())
						.param("decisionNumber", "12-QĐ/TU").param("decisionDate", "2026-02-01");
				}),
				scoped("POST", "/models/{id}/reject", PLANNERS, t -> {
					ExemplaryModel m = r(t).proposedModel();
					return versioned("/models/{id}/reject", m.getId(), m.getVersion()).param("reason", "Chưa đủ");
				}),
				scoped("POST", "/models/{id}/publish", PLANNERS, t -> {
					ExemplaryModel m = r(t).recognisedModel();
					return versioned("/models/{id}/publish", m.getId(), m.getVersion()).param("visible", "true");
				}),
				// a model of a unit below the caller's, and an activity of the caller's unit (another unit's on the
				// other side, which the caller may neither record for nor review)
				scoped("POST", "/models/{id}/replications", DOERS, t -> post("/models/{id}/replications",
						r(t).modelBelow().getId()).param("activityId", id(t.activity().getId()))),
				scoped("POST", "/models/{id}/replications/{activityId}/delete", DOERS, t -> {
					RecognitionFixtures.Replication link = r(t).replication();
					return post("/models/{id}/replications/{activityId}/delete", link.modelId(), link.activityId());
				}),
				scoped("POST", "/models/{id}/files", DOERS, t -> multipart("/models/{id}/files",
						r(t).proposedModel().getId()).file(png("file"))),
				scoped("GET", "/models/{id}/files/{fileId}", SIGNED_IN, t -> {
					long[] file = r(t).modelFile();
					return get("/models/{id}/files/{fileId}", file[0], file[1]);
				}),

				rule("GET", "/contests", SIGNED_IN, t -> get("/contests")),
				rule("GET", "/contests/new", DOERS, t -> get("/contests/new")),
				scoped("POST", "/contests", DOERS, t -> {
					RecognitionFixtures.ContestCampaign c = r(t).contestCampaign();
					return contestForm(post("/contests"), c.campaignId(), c.themeId(), t.unit());
				}),
				scoped("GET", "/contests/{id}", SIGNED_IN, t -> get("/contests/{id}", r(t).contest().getId())),
				scoped("GET", "/contests/{id}/edit", DOERS, t -> get("/contests/{id}/edit", r(t).contest().getId())),
				scoped("POST", "/contests/{id}", DOERS, t -> {
					Contest c = r(t).contest();
					return contestForm(post("/contests/{id}", c.getId()), c.getCampaignId(), r(t).themeOf(c), t.unit())
						.param("version", id(c.getVersion()));
				}),
				scoped("POST", "/contests/{id}/participation", DOERS, t -> {
					Contest c = r(t).contest();
					return versioned("/contests/{id}/participation", c.getId(), c.getVersion())
						.param("unitId", id(t.unit())).param("participants", "12").param("entries", "10");
				}),
				scoped("POST", "/contests/{id}/results", DOERS, t -> {
					Contest c = r(t).contest();
					return versioned("/contests/{id}/results", c.getId(), c.getVersion()).param("prize", "Giải Nhất")
						.param("winner", "Nguyễn Văn A").param("prizeUnitId", "").param("work", "");
				}),
				scoped("GET", "/contests/{id}/rules", SIGNED_IN, t -> get("/contests/{id}/rules", r(t).contest().getId())),

				rule("GET", "/award-entries", SIGNED_IN, t -> get("/award-entries")),
				rule("GET", "/award-entries/new", DOERS, t -> get("/award-entries/new")),
				scoped("POST", "/award-entries", DOERS, t -> awardForm(post("/award-entries"), t.unit())),
				scoped("GET", "/award-entries/{id}", SIGNED_IN, t -> get("/award-entries/{id}",
						r(t).preparedEntry().getId())),
				scoped("GET", "/award-entries/{id}/edit", DOERS, t -> get("/award-entries/{id}/edit",
						r(t).preparedEntry().getId())),
				scoped("POST", "/award-entries/{id}", DOERS, t -> {
					AwardEntry e = r(t).preparedEntry();
					return awardForm(post("/award-entries/{id}", e.getId()), t.unit()).param("version",
							id(e.getVersion()));
				}),
				scoped("POST", "/award-entries/{id}/submit", DOERS, t -> {
					AwardEntry e = r(t).preparedEntry();
					return versioned("/award-entries/{id}/submit", e.getId(), e.getVersion());
				}),
				scoped("POST", "/award-entries/{id}/shortlist", PLANNERS, t -> {
					AwardEntry e = r(t).submittedEntry();
					return versioned("/award-entries/{id}/shortlist", e.getId(), e.getVersion());
				}),
				scoped("POST", "/award-entries/{id}/award", PLANNERS, t -> {
					AwardEntry e = r(t).submittedEntry();
					return versioned("/award-entries/{id}/award", e.getId(), e.getVersion()).param("prize", "A");
				}),
				scoped("GET", "/award-entries/{id}/file", SIGNED_IN, t -> get("/award-entries/{id}/file",
						r(t).preparedEntry().getId())),

				rule("GET", "/bulletin/articles", SIGNED_IN, t -> get("/bulletin/articles")),
				rule("GET", "/bulletin/articles/new", DOERS, t -> get("/bulletin/articles/new")),
				scoped("POST", "/bulletin/articles", DOERS, t -> articleForm(post("/bulletin/articles"), t.unit())),
				scoped("GET", "/bulletin/articles/{id}", SIGNED_IN, t -> get("/bulletin/articles/{id}",
						r(t).submittedArticle().getId())),
				scoped("GET", "/bulletin/articles/{id}/edit", DOERS, t -> get("/bulletin/articles/{id}/edit",
						r(t).submittedArticle().getId())),
				scoped("POST", "/bulletin/articles/{id}", DOERS, t -> {
					Article a = r(t).submittedArticle();
					return articleForm(post("/bulletin/articles/{id}", a.getId()), t.unit()).param("version",
							id(a.getVersion()));
				}),
				scoped("POST", "/bulletin/articles/{id}/accept", PLANNERS, t -> {
					Article a = r(t).submittedArticle();
					return versioned("/bulletin/articles/{id}/accept", a.getId(), a.getVersion());
				}),
				scoped("POST", "/bulletin/articles/{id}/return", PLANNERS, t -> {
					Article a = r(t).submittedArticle();
					return versioned("/bulletin/articles/{id}/return", a.getId(), a.getVersion()).param("comment",
							"Bổ sung ảnh");
				}),
				scoped("POST", "/bulletin/articles/{id}/publish", PLANNERS, t -> {
					Article a = r(t).acceptedArticle();
					return versioned("/bulletin/articles/{id}/publish", a.getId(), a.getVersion()).param("visible",
							"true");
				}),
				scoped("POST", "/bulletin/articles/{id}/photos", DOERS, t -> multipart("/bulletin/articles/{id}/photos",
						r(t).submittedArticle().getId()).file(png("photo")).param("caption", "Ảnh")),
				scoped("POST", "/bulletin/articles/{id}/photos/{photoId}/delete", DOERS, t -> {
					RecognitionFixtures.Photo p = r(t).articlePhoto();
					return post("/bulletin/articles/{id}/photos/{photoId}/delete", p.articleId(), p.photoId());
				}),
				scoped("GET", "/bulletin/articles/{id}/photos/{photoId}", SIGNED_IN, t -> {
					RecognitionFixtures.Photo p = r(t).articlePhoto();
					return get("/bulletin/articles/{id}/photos/{photoId}", p.articleId(), p.photoId());
				}),

				rule("GET", "/bulletin/issues", SIGNED_IN, t -> get("/bulletin/issues")),
				rule("GET", "/bulletin/issues/new", PLANNERS, t -> get("/bulletin/issues/new")),
				scoped("POST", "/bulletin/issues", PLANNERS, t -> post("/bulletin/issues").param("ownerUnitId",
						id(t.unit())).param("number", id(1000 + (long) (Math.random() * 8999)))
					.param("issuedOn", (1900 + (int) (Math.random() * 99)) + "-05-01").param("title", "Bản tin")),
				scoped("GET", "/bulletin/issues/{id}", SIGNED_IN, t -> get("/bulletin/issues/{id}",
						r(t).draftIssue().getId())),
				scoped("POST", "/bulletin/issues/{id}", PLANNERS, t -> {
					BulletinIssue i = r(t).draftIssue();
					return versioned("/bulletin/issues/{id}", i.getId(), i.getVersion())
						.param("ownerUnitId", id(i.getOwnerUnitId())).param("number", id(i.getNumber()))
						.param("issuedOn", i.getIssuedOn().toString()).param("title", "Bản tin đổi tên");
				}),
				scoped("POST", "/bulletin/issues/{id}/articles", PLANNERS, t -> {
					BulletinIssue i = r(t).draftIssue();
					return versioned("/bulletin/issues/{id}/articles", i.getId(), i.getVersion()).param("articleId",
							id(r(t).acceptedArticle().getId()));
				}),
				scoped("POST", "/bulletin/issues/{id}/articles/{articleId}/remove", PLANNERS, t -> {
					BulletinIssue i = r(t).filledIssue();
					return post("/bulletin/issues/{id}/articles/{articleId}/remove", i.getId(), r(t).articleIn(i))
						.param("version", id(i.getVersion()));
				}),
				scoped("POST", "/bulletin/issues/{id}/articles/{articleId}/move", PLANNERS, t -> {
					BulletinIssue i = r(t).filledIssue();
					return post("/bulletin/issues/{id}/articles/{articleId}/move", i.getId(), r(t).articleIn(i))
						.param("version", id(i.getVersion())).param("up", "true");
				}),
				scoped("POST", "/bulletin/issues/{id}/publish", PLANNERS, t -> {
					BulletinIssue i = r(t).filledIssue();
					return versioned("/bulletin/issues/{id}/publish", i.getId(), i.getVersion());
				}),
				scoped("POST", "/bulletin/issues/{id}/withdraw", PLANNERS, t -> {
					BulletinIssue i = r(t).publishedIssue();
					return versioned("/bulletin/issues/{id}/withdraw", i.getId(), i.getVersion());
				}),
				scoped("GET", "/bulletin/issues/{id}/export.pdf", SIGNED_IN, t -> get("/bulletin/issues/{id}/export.pdf",
						r(t).filledIssue().getId())),
				scoped("GET", "/bulletin/issues/{id}/export.docx", SIGNED_IN,
						t -> get("/bulletin/issues/{id}/export.docx", r(t).filledIssue().getId())),

				rule("GET", "/public", EVERYONE, t -> get("/public")),
				rule("GET", "/public/feed.atom", EVERYONE, t -> get("/public/feed.atom")),
				rule("GET", "/public/issues/{id}", EVERYONE, t -> get("/public/issues/{id}",
						r(t).publishedIssue().getId())),
				rule("GET", "/public/issues/{id}/bulletin.pdf", EVERYONE, t -> get("/public/issues/{id}/bulletin.pdf",
						r(t).publishedIssue().getId())),
				rule("GET", "/public/articles/{id}", EVERYONE, t -> get("/public/articles/{id}",
						r(t).publicArticlePhoto().articleId())),
				rule("GET", "/public/articles/{id}/photos/{photoId}", EVERYONE, t -> {
					RecognitionFixtures.Photo p = r(t).publicArticlePhoto();
					return get("/public/articles/{id}/photos/{photoId}", p.articleId(), p.photoId());
				}),
				rule("GET", "/public/models/{id}", EVERYONE, t -> get("/public/models/{id}", r(t).publicModel().getId())),

				rule("GET", "/api/v1/models", SIGNED_IN, t -> get("/api/v1/models")),
				scoped("GET", "/api/v1/models/{id}", SIGNED_IN, t -> get("/api/v1/models/{id}",
						r(t).proposedModel().getId())),
				scoped("POST", "/api/v1/models", DOERS, t -> json(post("/api/v1/models"), """
						{"unitId":%d,"kind":"PRACTICE","field":"DIGITAL","title":"Mô hình API %s"}"""
					.formatted(t.unit(), SecurityFixtures.unique("")))),
				rule("GET", "/api/v1/contests", SIGNED_IN, t -> get("/api/v1/contests")),
				scoped("GET", "/api/v1/contests/{id}", SIGNED_IN, t -> get("/api/v1/contests/{id}",
						r(t).contest().getId())),
				scoped("POST", "/api/v1/contests", DOERS, t -> {
					RecognitionFixtures.ContestCampaign c = r(t).contestCampaign();
					return json(post("/api/v1/contests"), """
							{"campaignId":%d,"organiserUnitId":%d,"themeId":%d,"kind":"POSTER","title":"Cuộc thi API",
							 "startsOn":"2026-05-01","endsOn":"2026-05-31"}""".formatted(c.campaignId(), t.unit(),
							c.themeId()));
				}),
				rule("GET", "/api/v1/award-entries", SIGNED_IN, t -> get("/api/v1/award-entries")),
				scoped("GET", "/api/v1/award-entries/{id}", SIGNED_IN, t -> get("/api/v1/award-entries/{id}",
						r(t).preparedEntry().getId())),
				scoped("POST", "/api/v1/award-entries", DOERS, t -> json(post("/api/v1/award-entries"), """
						{"unitId":%d,"awardYear":2026,"title":"Loạt bài API","authors":"Tác giả","outlet":"Báo Bắc Kạn",
						 "publishedOn":"2026-02-01"}""".formatted(t.unit()))));
	}

	private static RecognitionFixtures r(AccessRules.Target t) {
		return t.recognition();
	}

	private static Rule rule(String method, String pattern, Set<Who> allowed, Sample sample) {
		return new Rule(method, pattern, allowed, sample, null, 0);
	}

	private static Rule scoped(String method, String pattern, Set<Who> allowed, Sample sample) {
		return new Rule(method, pattern, allowed, sample, sample, 0);
	}

	private static String id(long value) {
		return String.valueOf(value);
	}

	private static MockHttpServletRequestBuilder versioned(String path, long id, int version) {
		return post(path, id).param("version", id(version));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockMultipartFile png(String name) {
		return new MockMultipartFile(name, "ảnh.png", "image/png", EvidenceFixtures.png());
	}

	private static MockHttpServletRequestBuilder modelForm(MockHttpServletRequestBuilder request, long unit) {
		return request.param("unitId", id(unit)).param("kind", "MODEL").param("field", "PARTY_BUILDING")
			.param("title", "Mô hình thử " + SecurityFixtures.unique("")).param("description", "Mô tả");
	}

	private static MockHttpServletRequestBuilder contestForm(MockHttpServletRequestBuilder request, long campaign,
			long theme, long unit) {
		return request.param("campaignId", id(campaign)).param("organiserUnitId", id(unit))
			.param("themeId", id(theme)).param("kind", "WRITING").param("title", "Cuộc thi thử")
			.param("startsOn", "2026-04-01").param("endsOn", "2026-04-30");
	}

	private static MockHttpServletRequestBuilder awardForm(MockHttpServletRequestBuilder request, long unit) {
		return request.param("unitId", id(unit)).param("awardYear", "2026").param("title", "Tác phẩm thử")
			.param("authors", "Tác giả").param("outlet", "Báo Bắc Kạn").param("publishedOn", "2026-02-02");
	}

	private static MockHttpServletRequestBuilder articleForm(MockHttpServletRequestBuilder request, long unit) {
		return request.param("unitId", id(unit)).param("title", "Bài thử").param("author", "Tác giả")
			.param("body", "<p>Nội dung</p>");
	}
}
