package vn.lantoa.recognition;

import java.util.List;

/**
 * The unit already has a model with (nearly) the same title, compared without diacritics: the form shows it and
 * saves only when the user confirms that this is another model.
 */
public class LikelyDuplicate extends RecognitionRefused {

	/** A model of the same unit that the new one may repeat. */
	public record Match(long id, String title, ExemplaryModel.Status status) {
	}

	private final transient List<Match> matches;

	LikelyDuplicate(List<Match> matches) {
		super(409, "model.error.duplicate", matches.get(0).title());
		this.matches = List.copyOf(matches);
	}

	public List<Match> matches() {
		return matches;
	}
}
