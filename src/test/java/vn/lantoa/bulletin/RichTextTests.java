package vn.lantoa.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The article text's allow-list: known XSS payloads come out harmless; simple formatting survives. */
class RichTextTests {

	/** Markup that could run script, load something or style the page, as it would appear in the stored value. */
	private static final Pattern DANGEROUS = Pattern.compile("<\\s*/?\\s*(script|svg|img|iframe|object|embed|style|"
			+ "math|link|meta|base|form|input|body|details|video|source|marquee|table|template|noscript|div)\\b"
			+ "|\\son\\w+\\s*=|style\\s*=|javascript:|vbscript:|data:|expression\\(|srcdoc");

	static List<String> payloads() throws IOException {
		try (InputStream in = RichTextTests.class.getResourceAsStream("/xss/payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
	}

	@TestFactory
	List<DynamicTest> everyKnownPayloadIsCleaned() throws IOException {
		return payloads().stream().map(payload -> DynamicTest.dynamicTest(payload, () -> {
			String clean = RichText.clean(payload).toLowerCase(Locale.ROOT);
			assertThat(DANGEROUS.matcher(clean).find()).as("%s became %s", payload, clean).isFalse();
			// and cleaning is stable: what is stored comes out the same when shown
			assertThat(RichText.clean(RichText.clean(payload))).isEqualTo(RichText.clean(payload));
		})).toList();
	}

	@Test
	void keepsSimpleFormattingAndSafeLinks() {
		String html = "<p>Chi bộ <strong>Đức Xuân</strong> <em>nghiêm túc</em> <u>triển khai</u></p>"
				+ "<h3>Kết quả</h3><ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
				+ "<blockquote><p>Trích dẫn</p></blockquote><p><a href=\"https://baobackan.vn/bai\">Báo Bắc Kạn</a></p>";
		String clean = RichText.clean(html);
		// the sanitizer writes the three rel tokens in no fixed order
		Matcher rel = Pattern.compile(" rel=\"([a-z ]+)\"").matcher(clean);
		assertThat(rel.find()).as(clean).isTrue();
		assertThat(rel.group(1).split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
		assertThat(clean.substring(0, rel.start()) + clean.substring(rel.end())).isEqualTo("<p>Chi bộ <strong>Đức Xuân</strong> <em>nghiêm túc</em> "
				+ "<u>triển khai</u></p><h3>Kết quả</h3><ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
				+ "<blockquote><p>Trích dẫn</p></blockquote><p><a href=\"https://baobackan.vn/bai\">Báo Bắc Kạn</a></p>");
	}

	@Test
	void dropsTheScriptButKeepsTheWordsAroundIt() {
		assertThat(RichText.clean("<p>Trước<script>alert(1)</script> sau</p>")).isEqualTo("<p>Trước sau</p>");
		assertThat(RichText.clean("<a href=\"javascript:alert(1)\">bấm</a>")).isEqualTo("<p>bấm</p>");
		assertThat(RichText.clean("<div>Dòng một</div><div>Dòng hai</div>")).isEqualTo("<p>Dòng một</p><p>Dòng hai</p>");
	}

	@Test
	void plainTextBecomesEscapedParagraphs() {
		assertThat(RichText.clean("Đoạn một & hai\ndòng mới\n\nĐoạn 2 > 1")).isEqualTo(
				"<p>Đoạn một &amp; hai<br />dòng mới</p><p>Đoạn 2 &gt; 1</p>");
	}

	@Test
	void readsBlocksWithTheirFormattingForDocuments() {
		List<RichText.Block> blocks = RichText.blocks(RichText.clean("<p>Chi bộ <b>Đức Xuân</b> &amp; "
				+ "<i>Sông Cầu</i></p><h3>Tiêu đề</h3><ol><li>Một</li><li>Hai</li></ol><ul><li>Gạch</li></ul>"));
		assertThat(blocks).extracting(RichText.Block::kind).containsExactly(RichText.Block.Kind.PARAGRAPH,
				RichText.Block.Kind.HEADING, RichText.Block.Kind.NUMBERED, RichText.Block.Kind.NUMBERED,
				RichText.Block.Kind.BULLET);
		assertThat(blocks.get(0).text()).isEqualTo("Chi bộ Đức Xuân & Sông Cầu");
		assertThat(blocks.get(0).runs()).extracting(RichText.Run::bold).containsExactly(false, true, false, false);
		assertThat(blocks.get(0).runs().get(3).italic()).isTrue();
		assertThat(blocks.get(3).number()).isEqualTo(2);
		assertThat(RichText.plain("<p>a</p><script>x</script>")).isEqualTo("a");
	}
}
