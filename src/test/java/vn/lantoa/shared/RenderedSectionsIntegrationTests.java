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
 * Sections rendered from equal values are rendered once; other values take their place's earlier section's place;
 * another place or locale has its own; a form that posts (its CSRF token belongs to one session) is never kept.
 */
@vn.lantoa.LanToaTest
class RenderedSectionsIntegrationTests {

	@Autowired
	RenderedSections sections;
	@Autowired
	ServletContext servletContext;

	@Test
	void rendersEqualValuesOnceAndKeepsTheLastOfEachPlace() {
		long before = sections.rendered();
		String first = render(Locale.forLanguageTag("vi"), List.of("một", "hai"), 7);
		assertThat(first).contains("<p>một</p><p>hai</p>", "Trang chủ", "href=\"/activities?unitId=7\"")
			.doesNotContain("_csrf");
		// equal values in new lists: the same HTML, not rendered again
		assertThat(render(Locale.forLanguageTag("vi"), List.of("một", "hai"), 7)).isSameAs(first);
		assertThat(sections.rendered()).isEqualTo(before + 1);

		// other values in the same place: rendered, and kept instead of the first
		String changed = render(Locale.forLanguageTag("vi"), List.of("một", "ba"), 7);
		assertThat(changed).contains("<p>ba</p>");
		assertThat(render(Locale.forLanguageTag("vi"), List.of("một", "ba"), 7)).isSameAs(changed);
		assertThat(sections.rendered()).isEqualTo(before + 2);
		assertThat(render(Locale.forLanguageTag("vi"), List.of("một", "hai"), 7)).isEqualTo(first).isNotSameAs(first);
		assertThat(sections.rendered()).isEqualTo(before + 3);

		// another place, another language: each its own
		String other = render(Locale.forLanguageTag("vi"), List.of("một", "hai"), 8);
		assertThat(other).contains("unitId=8");
		String english = render(Locale.ENGLISH, List.of("một", "hai"), 7);
		assertThat(english).contains("Home").doesNotContain("Trang chủ");
		assertThat(render(Locale.forLanguageTag("vi"), List.of("một", "hai"), 8)).isSameAs(other);
		assertThat(render(Locale.ENGLISH, List.of("một", "hai"), 7)).isSameAs(english);
		assertThat(sections.rendered()).isEqualTo(before + 5);
	}

	@Test
	void neverKeepsAFormThatPosts() {
		long before = sections.rendered();
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
			CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + i);
			request.setAttribute(CsrfToken.class.getName(), token);
			request.setAttribute("_csrf", token);
			String html = sections.render("test/posting", List.of(), Locale.forLanguageTag("vi"), List.of("Thoát"),
					() -> Map.of("value", "Thoát"), request, new MockHttpServletResponse());
			assertThat(html).contains("name=\"_csrf\"", "token-" + i);
		}
		assertThat(sections.rendered()).isEqualTo(before + 2);
	}

	/** The test section of a unit: its place is the unit. */
	private String render(Locale locale, List<String> values, long unitId) {
		return sections.render("test/section", List.of(unitId), locale, List.of(values, unitId),
				() -> Map.of("values", values, "unitId", unitId),
				new MockHttpServletRequest(servletContext, "GET", "/"), new MockHttpServletResponse());
	}
}
