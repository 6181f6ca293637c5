package vn.lantoa.directive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures: the real seed document and the realistic documents written for the tests. */
final class Documents {

	static final String SEED = "/seed/huong-dan-tuyen-truyen-xay-dung-dang.txt";
	static final String DISTRICT_PLAN = "/docs/ke-hoach-ubnd-huyen-cho-moi.txt";
	static final String PARTY_PLAN = "/docs/ke-hoach-tinh-uy-bac-kan.txt";
	static final String OFFICIAL_LETTER = "/docs/cong-van-ban-tuyen-giao.txt";

	private Documents() {
	}

	static String text(String resource) {
		try (InputStream in = Documents.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ParsedGuidance parsed(String resource) {
		return new GuidanceParser().parse(text(resource));
	}
}
