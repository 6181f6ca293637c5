package vn.lantoa.shared;

import java.util.Locale;

import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The user's language: Vietnamese unless chosen otherwise. Pages follow the {@value #COOKIE} cookie that the
 * language switch sets; API calls follow their Accept-Language header.
 */
public final class Locales {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	public static final String COOKIE = "lang";

	private Locales() {
	}

	public static Locale forRequest(HttpServletRequest request) {
		if (request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String header = request.getHeader("Accept-Language");
			return header != null && header.trim().toLowerCase().startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : VIETNAMESE;
	}
}
