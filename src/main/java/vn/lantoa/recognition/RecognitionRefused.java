package vn.lantoa.recognition;

import vn.lantoa.shared.Refusal;

/** A model, contest or award entry that breaks a rule, or a move its present state does not allow. */
public class RecognitionRefused extends Refusal {

	RecognitionRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
