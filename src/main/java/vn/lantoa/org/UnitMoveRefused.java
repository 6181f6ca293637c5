package vn.lantoa.org;

import vn.lantoa.shared.Refusal;

/** A move that would break the tree: under the unit itself or its own subtree, or of the root. */
public class UnitMoveRefused extends Refusal {

	UnitMoveRefused(String messageKey) {
		super(400, messageKey);
	}
}
