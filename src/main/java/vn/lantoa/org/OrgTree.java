package vn.lantoa.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.VietnameseOrder;

/**
 * The shape of the organisation tree and the access rule built on it: an account sees and works on the subtree of
 * its scope unit and nothing else. Ancestry is kept in a closure table so that every subtree question is one
 * indexed query, whatever the depth.
 */
@Component
public class OrgTree {

	private final JdbcClient jdbc;
	/** The units below a unit with their subtrees' sizes, kept while the register's counter stands still. */
	private final CountedCache<Long, List<Child>> children;
	/** Subtrees' sizes (the country's counts 53,000 rows), kept the same way. */
	private final CountedCache<Long, Integer> sizes;
	/** Subtrees' unit ids, kept the same way (a province's activity list filters by them on every page). */
	private final CountedCache<Long, List<Long>> subtrees;
	/** The unit choosers of the pages (two statements on every list and dashboard), kept the same way. */
	private final CountedCache<List<Long>, List<UnitView>> choices;
	/** Units' ancestries (the home page and the dashboards show them), kept the same way. */
	private final CountedCache<Long, List<UnitView>> paths;
	/** Whether a unit lies in a subtree (the access check of every page and API call), kept the same way. */
	private final CountedCache<List<Long>, Boolean> contained;

	OrgTree(JdbcClient jdbc, ChangeCounters counters) {
		this.jdbc = jdbc;
		this.children = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.sizes = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.subtrees = new CountedCache<>(counters, ChangeCounters.REGISTER, 200);
		this.choices = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.paths = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.contained = new CountedCache<>(counters, ChangeCounters.REGISTER, 20_000);
	}

	/** Whether {@code unitId} is {@code ancestorId} or lies below it (asked by every page's access check). */
	@Transactional(readOnly = true)
	public boolean contains(long ancestorId, long unitId) {
		return contained.get(List.of(ancestorId, unitId), () -> jdbc.sql(
				"select count(*) from org_unit_tree where ancestor_id = ? and unit_id = ?").params(ancestorId, unitId)
			.query(Integer.class).single() > 0);
	}

	public boolean canSee(Actor actor, long unitId) {
		return contains(actor.scopeUnitId(), unitId);
	}

	/** Refuses with {@link OutOfScope} when the unit lies outside the actor's subtree. */
	public void requireVisible(Actor actor, long unitId) {
		if (!canSee(actor, unitId)) {
			throw new OutOfScope();
		}
	}

	/** The ids of the unit and of every unit below it (an unmodifiable list). */
	@Transactional(readOnly = true)
	public List<Long> subtreeIds(long unitId) {
		return subtrees.get(unitId, () -> List.copyOf(jdbc.sql("select unit_id from org_unit_tree where ancestor_id = ?")
			.param(unitId).query(Long.class).list()));
	}

	/** The number of units in the unit's subtree, itself included. */
	@Transactional(readOnly = true)
	public int size(long unitId) {
		return sizes.get(unitId, () -> jdbc.sql("select count(*) from org_unit_tree where ancestor_id = ?")
			.param(unitId).query(Integer.class).single());
	}

	/** The units directly below the unit, by name, each with the number of units in its subtree. */
	@Transactional(readOnly = true)
	public List<Child> children(long unitId) {
		return children.get(unitId, () -> List.copyOf(countedChildren(unitId)));
	}

	private List<Child> countedChildren(long unitId) {
		List<Child> children = jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.active, 1 as depth, count(*) as size
				from org_unit u join org_unit_tree t on t.ancestor_id = u.id
				where u.parent_id = ? group by u.id, u.parent_id, u.code, u.name, u.kind, u.active""")
			.param(unitId).query((rs, n) -> new Child(view(rs, n), rs.getInt("size"))).list();
		VietnameseOrder.sort(children, c -> c.unit().name());
		return children;
	}

	/** A unit directly below another, with the size of its subtree (itself included). */
	public record Child(UnitView unit, int size) {
	}

	/** The unit's ancestors from the root down to the unit itself. */
	@Transactional(readOnly = true)
	public List<UnitView> pathTo(long unitId) {
		return paths.get(unitId, () -> List.copyOf(jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.active, t.depth
				from org_unit_tree t join org_unit u on u.id = t.ancestor_id
				where t.unit_id = ? order by t.depth desc""").param(unitId).query(OrgTree::view).list()));
	}

	/** The subtree of a unit in tree order (each unit followed by its children, by name), with depths from it. */
	@Transactional(readOnly = true)
	public List<UnitView> subtree(long unitId) {
		List<UnitView> all = jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.active, t.depth
				from org_unit_tree t join org_unit u on u.id = t.unit_id
				where t.ancestor_id = ?""").param(unitId).query(OrgTree::view).list();
		return inTreeOrder(unitId, all);
	}

	/**
	 * The units to choose from when a page narrows to one unit of the actor's scope: the path from the scope down to
	 * the chosen unit, then the chosen unit's children by name. A drill-down list stays a few dozen options long
	 * whatever the size of the tree, where the whole subtree of a national scope would be 53,000 options. Depths
	 * count from the scope; empty when the chosen unit lies outside it.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> choices(long scopeId, long chosenId) {
		return choices.get(List.of(scopeId, chosenId), () -> List.copyOf(chosenFrom(scopeId, chosenId)));
	}

	private List<UnitView> chosenFrom(long scopeId, long chosenId) {
		List<UnitView> path = jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.active, s.depth
				from org_unit_tree p
				join org_unit_tree s on s.ancestor_id = ? and s.unit_id = p.ancestor_id
				join org_unit u on u.id = p.ancestor_id
				where p.unit_id = ? order by s.depth""").params(scopeId, chosenId).query(OrgTree::view).list();
		if (path.isEmpty()) {
			return path;
		}
		List<UnitView> children = jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name, u.kind, u.active, ? as depth
				from org_unit u where u.parent_id = ?""").params(path.size(), chosenId).query(OrgTree::view).list();
		VietnameseOrder.sort(children, UnitView::name);
		List<UnitView> all = new ArrayList<>(path);
		all.addAll(children);
		return all;
	}

	private static List<UnitView> inTreeOrder(long top, Collection<UnitView> units) {
		Map<Long, List<UnitView>> children = new HashMap<>();
		UnitView root = null;
		for (UnitView unit : units) {
			if (unit.id() == top) {
				root = unit;
			} else {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		List<UnitView> ordered = new ArrayList<>(units.size());
		if (root == null) {
			return ordered;
		}
		children.values().forEach(list -> VietnameseOrder.sort(list, UnitView::name));
		ArrayList<UnitView> stack = new ArrayList<>(List.of(root));
		while (!stack.isEmpty()) {
			UnitView next = stack.remove(stack.size() - 1);
			ordered.add(next);
			List<UnitView> below = children.getOrDefault(next.id(), List.of());
			for (int i = below.size() - 1; i >= 0; i--) {
				stack.add(below.get(i));
			}
		}
		return ordered;
	}

	void addLeaf(long unitId, Long parentId) {
		jdbc.sql("insert into org_unit_tree (ancestor_id, unit_id, depth) values (?, ?, 0)").params(unitId, unitId)
			.update();
		if (parentId != null) {
			jdbc.sql("""
					insert into org_unit_tree (ancestor_id, unit_id, depth)
					select ancestor_id, ?, depth + 1 from org_unit_tree where unit_id = ?""")
				.params(unitId, parentId).update();
		}
	}

	/** Re-links the unit's whole subtree under its new parent. The caller has checked the move is legal. */
	void move(long unitId, long newParentId) {
		jdbc.sql("""
				delete from org_unit_tree
				where unit_id in (select unit_id from org_unit_tree where ancestor_id = :unit)
				  and ancestor_id not in (select unit_id from org_unit_tree where ancestor_id = :unit)""")
			.param("unit", unitId).update();
		jdbc.sql("""
				insert into org_unit_tree (ancestor_id, unit_id, depth)
				select a.ancestor_id, d.unit_id, a.depth + d.depth + 1
				from org_unit_tree a, org_unit_tree d
				where a.unit_id = :parent and d.ancestor_id = :unit""")
			.param("parent", newParentId).param("unit", unitId).update();
	}

	private static UnitView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long parent = rs.getLong("parent_id");
		return new UnitView(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getInt("depth"));
	}
}
