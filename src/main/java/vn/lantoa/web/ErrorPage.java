package vn.lantoa.web;

import java.util.List;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import vn.lantoa.shared.ApiError;
import vn.lantoa.shared.ApiErrorWriter;

/** What the server answers for failures that happen outside the controllers (filters, unknown paths). */
@Controller
class ErrorPage implements ErrorController {

	private final ApiErrorWriter errors;

	ErrorPage(ApiErrorWriter errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// no status: /error was asked for directly, not forwarded for a failure, and there is no such page
		int status = code instanceof Integer i ? i : 404;
		// a filter (the session's account check, the API token check) found the database out of reach
		boolean down = status == 500
				&& Failures.databaseDown((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		if (down) {
			status = 503;
		}
		String key = switch (status) {
			case 400 -> "error.badRequest";
			case 401 -> "error.unauthorized";
			case 403 -> "error.forbidden";
			case 404 -> "error.pageNotFound";
			case 405 -> "error.method";
			case 413 -> "error.tooLarge";
			case 503 -> "error.databaseDown";
			default -> status >= 500 ? "error.unexpected" : "error.badRequest";
		};
		ApiError error = errors.error(request, status, key, new Object[0], List.of());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).headers(h -> {
				if (down) {
					h.set("Retry-After", "30");
				}
			}).body(error);
		}
		ModelAndView page = new ModelAndView(down ? "unavailable" : "error");
		page.addObject("error", error);
		if (down) {
			response.setHeader("Retry-After", "30");
		}
		page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
		return page;
	}
}
