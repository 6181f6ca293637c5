package vn.lantoa.directive;

import vn.lantoa.shared.Refusal;

/** A directive cannot do what was asked in its present state (e.g. be planned twice), or the document is unreadable. */
public class DirectiveRefused extends Refusal {

	DirectiveRefused(String messageKey) {
		super(409, messageKey);
	}

	DirectiveRefused(int status, String messageKey) {
		super(status, messageKey);
	}
}
