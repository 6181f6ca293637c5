package vn.lantoa.bulletin;

import vn.lantoa.shared.Refusal;

/** An article or bulletin issue that breaks a rule, or a move its present state does not allow. */
public class BulletinRefused extends Refusal {

	BulletinRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
