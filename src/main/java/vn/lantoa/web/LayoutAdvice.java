package vn.lantoa.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.HasActor;

/** What the layout needs on every page: who is signed in and where the page is (for the language switch). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("me")
	Actor me() {
		return signedIn();
	}

	/** Who is signed in, or null; also for the error pages of {@link Failures}, which this advice does not reach. */
	static Actor signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof HasActor principal ? principal.actor() : null;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI().substring(request.getContextPath().length())
				+ (query == null ? "" : "?" + query);
	}
}
