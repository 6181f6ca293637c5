package vn.lantoa.notice;

import vn.lantoa.shared.Refusal;

/** A notice, reply or information item that cannot be accepted as it is. */
class NoticeRefused extends Refusal {

	NoticeRefused(int status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
