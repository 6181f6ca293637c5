package vn.lantoa.recognition;

import java.util.List;

/** Web addresses that users give as evidence: http or https only, no spaces, at most 2,000 characters. */
final class Links {

	private Links() {
	}

	static void check(List<String> links, int max) {
		if (links.size() > max) {
			throw new RecognitionRefused(400, "recognition.error.links", max);
		}
		links.forEach(Links::check);
	}

	static void check(String url) {
		if (!valid(url)) {
			throw new RecognitionRefused(400, "recognition.error.link", url.length() > 80 ? url.substring(0, 80) : url);
		}
	}

	static boolean valid(String url) {
		return url.length() <= 2000 && (url.startsWith("https://") || url.startsWith("http://"))
				&& url.chars().noneMatch(c -> c <= ' ');
	}
}
