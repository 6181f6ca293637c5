package vn.lantoa.report;

import vn.lantoa.shared.Refusal;

/** A report move its state or the caller's place in the tree does not allow, or input it cannot take. */
public class ReportRefused extends Refusal {

	ReportRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
