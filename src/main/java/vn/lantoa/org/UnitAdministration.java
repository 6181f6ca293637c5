package vn.lantoa.org;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * What administrators do to the tree: create, describe, move, deactivate and reactivate units, always inside
 * their own subtree, each change audited.
 */
@Service
public class UnitAdministration {

	static final String ENTITY = "OrgUnit";

	private final OrgUnits units;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final ChangeCounters counters;

	UnitAdministration(OrgUnits units, OrgTree tree, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
			ChangeCounters counters) {
		this.counters = counters;
		this.events = events;
		this.units = units;
		this.tree = tree;
		this.audit = audit;
		this.clock = clock;
	}

	/** A unit's details, if the actor may see it. */
	@Transactional(readOnly = true)
	public OrgUnit get(Actor actor, long unitId) {
		OrgUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("unit", unitId));
		tree.requireVisible(actor, unitId);
		return unit;
	}

	@Transactional
	public OrgUnit create(Actor actor, long parentId, String code, String name, UnitKind kind) {
		requireAdminOver(actor, parentId);
		units.findById(parentId).orElseThrow(() -> new NotFound("unit", parentId));
		return createUnchecked(parentId, code, name, kind);
	}

	/** Creates a unit without access checks: for start-up data and for imports that checked every row. */
	@Transactional
	public OrgUnit createUnchecked(Long parentId, String code, String name, UnitKind kind) {
		if (units.existsByCode(code.trim())) {
			throw new DuplicateUnitCode(code.trim());
		}
		OrgUnit unit = units.save(OrgUnit.create(parentId, code, name, kind, Instant.now(clock)));
		tree.addLeaf(unit.getId(), parentId);
		audit.record(ENTITY, unit.getId(), "CREATE", Map.of(), unit.snapshot(), unit.getId());
		counters.bump(ChangeCounters.REGISTER);
		return unit;
	}

	@Transactional
	public OrgUnit describe(Actor actor, long unitId, int version, String code, String name, UnitKind kind) {
		OrgUnit unit = editable(actor, unitId, version);
		units.findByCode(code.trim()).filter(other -> !other.getId().equals(unitId)).ifPresent(other -> {
			throw new DuplicateUnitCode(code.trim());
		});
		Map<String, Object> before = unit.snapshot();
		unit.describe(code, name, kind);
		return saveAudited(unit, before, "UPDATE");
	}

	/**
	 * Moves the unit and its subtree under another parent; never under itself or its own subtree. Publishes
	 * {@link UnitMoved} in the same transaction, for the figures kept per ancestor.
	 */
	@Transactional
	public OrgUnit move(Actor actor, long unitId, int version, long newParentId) {
		OrgUnit unit = editable(actor, unitId, version);
		units.findById(newParentId).orElseThrow(() -> new NotFound("unit", newParentId));
		requireAdminOver(actor, newParentId);
		if (tree.contains(unitId, newParentId)) {
			throw new UnitMoveRefused("unit.error.moveUnderItself");
		}
		if (actor.scopeUnitId() == unitId) {
			throw new UnitMoveRefused("unit.error.moveOwnScope");
		}
		Map<String, Object> before = unit.snapshot();
		Long fromParentId = unit.getParentId();
		unit.moveUnder(newParentId);
		OrgUnit saved = saveAudited(unit, before, "MOVE");
		tree.move(unitId, newParentId);
		events.publishEvent(new UnitMoved(unitId, fromParentId, newParentId));
		return saved;
	}

	@Transactional
	public OrgUnit deactivate(Actor actor, long unitId, int version) {
		OrgUnit unit = editable(actor, unitId, version);
		if (actor.scopeUnitId() == unitId || actor.unitId() == unitId) {
			throw new UnitMoveRefused("unit.error.deactivateOwn");
		}
		Map<String, Object> before = unit.snapshot();
		unit.deactivate(Instant.now(clock));
		return saveAudited(unit, before, "DEACTIVATE");
	}

	@Transactional
	public OrgUnit activate(Actor actor, long unitId, int version) {
		OrgUnit unit = editable(actor, unitId, version);
		Map<String, Object> before = unit.snapshot();
		unit.activate();
		return saveAudited(unit, before, "ACTIVATE");
	}

	/** Refuses unless the actor is an administrator whose subtree holds the unit. */
	public void requireAdminOver(Actor actor, long unitId) {
		if (!actor.is(Role.ADMIN) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
		tree.requireVisible(actor, unitId);
	}

	private OrgUnit editable(Actor actor, long unitId, int version) {
		OrgUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("unit", unitId));
		requireAdminOver(actor, unitId);
		if (unit.getVersion() != version) {
			throw new StaleEdit();
		}
		return unit;
	}

	private OrgUnit saveAudited(OrgUnit unit, Map<String, Object> before, String action) {
		OrgUnit saved = units.save(unit);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getId());
		counters.bump(ChangeCounters.REGISTER);
		return saved;
	}
}
