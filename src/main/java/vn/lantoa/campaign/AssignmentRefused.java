package vn.lantoa.campaign;

import vn.lantoa.shared.Refusal;

/** A move of an assignment's status that its current status does not allow. */
public class AssignmentRefused extends Refusal {

	AssignmentRefused(String messageKey) {
		super(409, messageKey);
	}
}
