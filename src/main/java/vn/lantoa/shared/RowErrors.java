package vn.lantoa.shared;

import java.util.List;

/**
 * An import refused as a whole because some rows are wrong; nothing of it was saved.
 *
 * @param errors one entry for each problem, with the 1-based line of the file it is on
 */
public class RowErrors extends Refusal {

	public record RowError(int line, String messageKey, List<Object> arguments) {
	}

	private final transient List<RowError> errors;

	public RowErrors(List<RowError> errors) {
		super(400, "import.error.rows", errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}
}
