package vn.lantoa.org;

/**
 * A unit as lists show it.
 *
 * @param depth how far below the list's top unit it sits (0 for the top)
 */
public record UnitView(long id, Long parentId, String code, String name, UnitKind kind, boolean active, int depth) {
}
