package vn.lantoa.shared;

/** What an account may do; where it may do it is its scope unit's subtree. */
public enum Role {
	ADMIN, COORDINATOR, REPORTER, LEADER
}
