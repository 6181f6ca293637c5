package vn.lantoa.shared;

/** The thing asked for does not exist (or is not visible to the caller, which must not learn which). */
public class NotFound extends Refusal {

	public NotFound(String what, Object id) {
		super(404, "error.notFound", what, id);
	}
}
