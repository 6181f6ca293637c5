package vn.lantoa.shared;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@link ApiError}s in the caller's language, also from filters that run before Spring MVC. */
@Component
public class ApiErrorWriter {

	private final MessageSource messages;
	private final JsonMapper json;

	ApiErrorWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ApiError error(HttpServletRequest request, int status, String key, Object[] args,
			List<ApiError.FieldError> fields) {
		HttpStatus http = HttpStatus.resolve(status);
		return new ApiError(status, http == null ? String.valueOf(status) : http.getReasonPhrase(),
				messages.getMessage(key, args, key, locale(request)), fields);
	}

	/** A validation error's message in the caller's language. */
	public String message(HttpServletRequest request, org.springframework.context.MessageSourceResolvable error) {
		return messages.getMessage(error, locale(request));
	}

	public Locale locale(HttpServletRequest request) {
		var resolver = RequestContextUtils.getLocaleResolver(request);
		return resolver != null ? resolver.resolveLocale(request) : Locales.forRequest(request);
	}

	public void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(error(request, status, key, new Object[0], List.of())));
	}

	public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response, 401, "error.unauthorized");
	}

	public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, 403, "error.forbidden");
	}
}
