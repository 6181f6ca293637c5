package vn.lantoa.notification;

import java.util.List;

/** The users who act for a unit, as the account module knows them. */
public interface Recipients {

	/** The active accounts of the unit (not of its subtree). */
	List<Recipient> ofUnit(long unitId);

	/** @param email null when the account has none */
	record Recipient(long accountId, String fullName, String email) {
	}
}
