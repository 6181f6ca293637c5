package vn.lantoa.shared;

/**
 * The signed-in user as the other modules see it: who acts, from which unit, over which subtree.
 *
 * @param scopeUnitId the unit whose subtree this user sees and works on
 * @param writeAccess false for API calls made with a read-only token
 */
public record Actor(long accountId, String username, String fullName, Role role, long unitId, long scopeUnitId,
		boolean writeAccess) implements java.io.Serializable {

	public boolean is(Role other) {
		return role == other;
	}

	public Actor readOnly() {
		return new Actor(accountId, username, fullName, role, unitId, scopeUnitId, false);
	}
}
