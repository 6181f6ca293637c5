package vn.lantoa.org;

/**
 * A unit and its subtree moved under another parent; published in the moving transaction after the closure table
 * was rewritten. {@code fromParentId} is null when the unit was a root.
 */
public record UnitMoved(long unitId, Long fromParentId, long toParentId) {
}
