package vn.lantoa.dashboard;

import vn.lantoa.shared.Refusal;

/** A dashboard request the campaign cannot answer: a period it does not have. */
public class DashboardRefused extends Refusal {

	DashboardRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
