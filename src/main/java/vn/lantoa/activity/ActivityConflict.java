package vn.lantoa.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.lantoa.shared.Refusal;

/**
 * Someone saved the activity since this user opened it. Carries the fields whose saved value differs from what the
 * user submitted, so the page can show what changed instead of silently overwriting it.
 */
public class ActivityConflict extends Refusal {

	private final transient Map<String, Object> saved;

	ActivityConflict(Map<String, Object> current, Map<String, Object> submitted) {
		super(409, "activity.error.conflict");
		Map<String, Object> differing = new LinkedHashMap<>();
		current.forEach((field, value) -> {
			if (!Objects.equals(value, submitted.get(field))) {
				differing.put(field, value);
			}
		});
		this.saved = differing;
	}

	/** The saved values of the fields that differ from the submitted ones. */
	public Map<String, Object> saved() {
		return saved;
	}
}
