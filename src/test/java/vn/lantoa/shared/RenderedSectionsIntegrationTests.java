package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import jakarta.servlet.ServletContext;

/**
 * Sections rendered from equal values are rendered once; other values, another locale or a form that posts (its
 * CSRF token belongs to one session) are not served from the cache.
 */
@vn.lantoa.LanToaTest
class RenderedSectionsIntegrationTests {

	@Autowired
	RenderedSections sections;
	@Autowired
	ServletContext servletContext;

	@Test
	void rendersEqualValuesOnce() {
		long before = sections.rendered();
		String first = render("test/section", Locale.forLanguageTag("vi"), List.of("một", "hai"), 7);
		assertThat(first).contains("<p>một</p><p>hai</p>", "Trang chủ", "href=\"/activities?unitId=7\"")
			.doesNotContain("_csrf");
		// equal values in new lists: the same HTML, not rendered again
		assertThat(render("test/section", Locale.forLanguageTag("vi"), List.of("một", "hai"), 7)).isSameAs(first);
		assertThat(sections.rendered()).isEqualTo(before + 1);

		assertThat(render("test/section", Locale.forLanguageTag("vi"), List.of("một", "ba"), 7))
			.contains("<p>ba</p>");
		assertThat(render("test/section", Locale.forLanguageTag("vi"), List.of("một", "hai"), 8))
			.contains("unitId=8");
		assertThat(render("test/section", Locale.ENGLISH, List.of("một", "hai"), 7)).contains("Home")
			.doesNotContain("Trang chủ");
		assertThat(sections.rendered()).isEqualTo(before + 4);
	}

	@Test
	void neverKeepsAFormThatPosts() {
		long before = sections.rendered();
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
			CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + i);
			request.setAttribute(CsrfToken.class.getName(), token);
			request.setAttribute("_csrf", token);
			String html = sections.render("test/posting", Locale.forLanguageTag("vi"), List.of("Thoát"),
					() -> Map.of("value", "Thoát"), request, new MockHttpServletResponse());
			assertThat(html).contains("name=\"_csrf\"", "token-" + i);
		}
		assertThat(sections.rendered()).isEqualTo(before + 2);
	}

	private String render(String view, Locale locale, List<String> values, long unitId) {
		return sections.render(view, locale, List.of(values, unitId), () -> Map.of("values", values, "unitId", unitId),
				new MockHttpServletRequest(servletContext, "GET", "/"), new MockHttpServletResponse());
	}
}
