package vn.lantoa.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The users who act for a unit, as the account module knows them. */
public interface Recipients {

	/**
	 * The active accounts of each of the units (not of their subtrees), by unit, in order of account id; a unit
	 * without any is absent. Read in one statement however many units are asked for.
	 */
	Map<Long, List<Recipient>> ofUnits(Collection<Long> unitIds);

	/** @param email null when the account has none */
	record Recipient(long accountId, String fullName, String email) {
	}
}
