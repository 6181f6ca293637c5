package vn.lantoa.account;

import vn.lantoa.shared.Role;

/** What an administrator sets on an account. */
public record AccountDetails(String username, String fullName, String email, Role role, long unitId,
		long scopeUnitId) {
}
