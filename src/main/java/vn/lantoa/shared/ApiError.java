package vn.lantoa.shared;

import java.util.List;

/** The one JSON shape of every API error. */
public record ApiError(int status, String error, String message, List<FieldError> fieldErrors) {

	public record FieldError(String field, String message) {
	}
}
