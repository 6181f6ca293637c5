package vn.lantoa.activity;

import vn.lantoa.shared.Refusal;

/** An activity that breaks a rule of its campaign, or a move its present state does not allow. */
public class ActivityRefused extends Refusal {

	ActivityRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
