package vn.lantoa.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.shared.ApiError;
import vn.lantoa.shared.ApiErrorWriter;
import vn.lantoa.shared.Refusal;

/**
 * Turns every failure into an answer in the user's language: the JSON error shape under {@code /api}, the error
 * page elsewhere. Nothing shows a stack trace; an unexpected failure is logged and answered with 500.
 */
@ControllerAdvice
class Failures {

	private static final Logger log = LoggerFactory.getLogger(Failures.class);

	private final ApiErrorWriter errors;

	Failures(ApiErrorWriter errors) {
		this.errors = errors;
	}

	@ExceptionHandler(Refusal.class)
	Object refusal(Refusal e, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, e.status(), e.messageKey(), e.arguments(), List.of());
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException e, HttpServletRequest request, HttpServletResponse response) {
		List<ApiError.FieldError> fields = e.getFieldErrors().stream()
			.map(f -> new ApiError.FieldError(f.getField(), errors.message(request, f)))
			.toList();
		return answer(request, response, 400, "error.validation", new Object[0], fields);
	}

	/**
	 * Someone else changed the same row first: a stale version, or PostgreSQL's serialization failure when a
	 * concurrent edit moved an activity to another year's partition (docs/SCALING.md).
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	Object stale(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 409, "error.staleEdit", new Object[0], List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object conflict(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
		log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return answer(request, response, 409, "error.conflict", new Object[0], List.of());
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class,
			MultipartException.class })
	Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
		if (e instanceof MaxUploadSizeExceededException) {
			return answer(request, response, 413, "error.tooLarge", new Object[0], List.of());
		}
		return answer(request, response, 400, "error.badRequest", new Object[0], List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 405, "error.method", new Object[0], List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 415, "error.mediaType", new Object[0], List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object missing(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 404, "error.pageNotFound", new Object[0], List.of());
	}

	/** The database is out of reach (stopped, restarting, network cut): 503, and the pool reconnects by itself. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransientDataAccessResourceException.class })
	Object unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
		log.warn("database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return answer(request, response, 503, "error.databaseDown", new Object[0], List.of());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		if (databaseDown(e)) {
			return unavailable(e, request, response);
		}
		log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return answer(request, response, 500, "error.unexpected", new Object[0], List.of());
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, int status, String key,
			Object[] args, List<ApiError.FieldError> fields) {
		ApiError error = errors.error(request, status, key, args, fields);
		if (isApi(request)) {
			return ResponseEntity.status(status).headers(h -> {
				if (status == 503) {
					h.set("Retry-After", "30");
				}
			}).body(error);
		}
		response.setStatus(status);
		if (status == 503) {
			response.setHeader("Retry-After", "30");
		}
		ModelAndView page = new ModelAndView(status == 503 ? "unavailable" : "error");
		page.addObject("error", error);
		// exception handlers get no @ModelAttribute of the advices: without this the layout shows a signed-out menu
		page.addObject("me", LayoutAdvice.signedIn());
		page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
		return page;
	}

	/** Whether the failure, or one of its causes, is the database being out of reach. */
	static boolean databaseDown(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransientDataAccessResourceException
					|| t instanceof java.sql.SQLTransientConnectionException
					|| t instanceof java.sql.SQLNonTransientConnectionException
					|| t instanceof java.sql.SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08")) {
				return true;
			}
			// a commit or rollback that failed on the broken connection (the pool's "Connection is closed" carries no
			// SQL state) hides the failure that caused it
			if (t instanceof org.springframework.transaction.TransactionSystemException tx
					&& (tx.getCause() instanceof java.sql.SQLException || tx.getApplicationException() != null
							&& databaseDown(tx.getApplicationException()))) {
				return true;
			}
		}
		return false;
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri != null && uri.startsWith(request.getContextPath() + "/api/");
	}
}
