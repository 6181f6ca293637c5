package vn.lantoa.org;

import vn.lantoa.shared.Refusal;

/** Another unit already has this code. */
public class DuplicateUnitCode extends Refusal {

	DuplicateUnitCode(String code) {
		super(409, "unit.error.duplicateCode", code);
	}
}
