package vn.lantoa.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.lantoa.security.AccessRules.Rule;
import vn.lantoa.security.AccessRules.Who;

/**
 * The rules of the notice and information endpoints, in the style of {@link AccessRules} (which includes them):
 * coordinators and admins send notices into their scope; whoever sees the sender or a recipient reads one; a
 * recipient unit's members (not leaders) reply.
 */
final class NoticeAccessRules {

	/** A notice sent by the province's planner to one unit, with a PDF attached. */
	record Sent(long id, long fileId) {
	}

	static final byte[] PDF = "%PDF-1.4\n%thu\n".getBytes(StandardCharsets.US_ASCII);

	private NoticeAccessRules() {
	}

	static List<Rule> rules() {
		Set<Who> signedIn = AccessRules.SIGNED_IN;
		Set<Who> planners = AccessRules.PLANNERS;
		Set<Who> doers = AccessRules.DOERS;
		return List.of(
				new Rule("GET", "/notices", signedIn, t -> get("/notices"), null, 0),
				new Rule("GET", "/notices/new", planners, t -> get("/notices/new"), null, 0),
				scoped("POST", "/notices", planners, t -> multipart("/notices")
					.file(new MockMultipartFile("file", "huong-dan.pdf", "application/pdf", PDF))
					.param("kind", "GUIDANCE").param("title", "Định hướng thử").param("body", "Nội dung")
					.param("unitId", String.valueOf(t.unit()))),
				scoped("GET", "/notices/{id}", signedIn, t -> get("/notices/{id}", t.notice().id())),
				scoped("POST", "/notices/{id}/replies", doers, t -> multipart("/notices/{id}/replies", t.notice().id())
					.file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", PDF)).param("body", "Đã nhận")),
				scoped("GET", "/notices/{id}/files/{fileId}", signedIn, t -> {
					Sent sent = t.notice();
					return get("/notices/{id}/files/{fileId}", sent.id(), sent.fileId());
				}),
				new Rule("GET", "/api/v1/notices", signedIn, t -> get("/api/v1/notices"), null, 0),
				scoped("POST", "/api/v1/notices", planners, t -> post("/api/v1/notices")
					.contentType(MediaType.APPLICATION_JSON).content("""
							{"kind":"URGING","title":"Đôn đốc","body":"Nộp báo cáo","unitIds":[%d]}""".formatted(t.unit()))),
				scoped("GET", "/api/v1/notices/{id}", signedIn, t -> get("/api/v1/notices/{id}", t.notice().id())),
				new Rule("GET", "/information", signedIn, t -> get("/information"), null, 0),
				new Rule("GET", "/information/new", doers, t -> get("/information/new"), null, 0),
				new Rule("POST", "/information", doers, t -> multipart("/information")
					.file(new MockMultipartFile("file", "tinh-hinh.pdf", "application/pdf", PDF))
					.param("subject", "Tình hình thử").param("content", "Nội dung").param("needsGuidance", "true"), null, 0),
				scoped("GET", "/information/{id}", signedIn, t -> get("/information/{id}", t.information().id())),
				scoped("POST", "/information/{id}/answer", planners,
						t -> post("/information/{id}/answer", t.information().id()).param("answer", "Đã nhận")),
				scoped("POST", "/information/{id}/notice", planners,
						t -> post("/information/{id}/notice", t.information().id()).param("kind", "GUIDANCE")
							.param("title", "Hướng dẫn").param("body", "Nội dung")),
				scoped("GET", "/information/{id}/files/{fileId}", signedIn, t -> {
					Sent sent = t.information();
					return get("/information/{id}/files/{fileId}", sent.id(), sent.fileId());
				}),
				new Rule("GET", "/api/v1/information", signedIn, t -> get("/api/v1/information"), null, 0),
				scoped("GET", "/api/v1/information/{id}", signedIn,
						t -> get("/api/v1/information/{id}", t.information().id())),
				new Rule("POST", "/api/v1/information", doers, t -> post("/api/v1/information")
					.contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"Thử\",\"content\":\"Nội dung\"}"),
						null, 0),
				scoped("POST", "/api/v1/information/{id}/answer", planners, t -> post("/api/v1/information/{id}/answer",
						t.information().id()).contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Đã nhận\"}")),
				scoped("POST", "/api/v1/notices/{id}/replies", doers, t -> post("/api/v1/notices/{id}/replies",
						t.notice().id()).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Đã nhận\"}")));
	}

	private static Rule scoped(String method, String pattern, Set<Who> allowed, AccessRules.Sample sample) {
		return new Rule(method, pattern, allowed, sample, sample, 0);
	}
}
