package vn.lantoa.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * Marks assignments completed (by the unit's reporters, or coordinators and admins above it) or reopens them; the
 * completion date decides whether it was on time.
 */
@Service
public class AssignmentProgress {

	private final Assignments assignments;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final Clock clock;
	private final ChangeCounters counters;

	AssignmentProgress(Assignments assignments, OrgTree tree, AuditTrail audit, Clock clock,
			ChangeCounters counters) {
		this.counters = counters;
		this.assignments = assignments;
		this.tree = tree;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Assignment complete(Actor actor, long id, int version) {
		Assignment assignment = editable(actor, id, version);
		assignment.complete(LocalDate.now(clock));
		return saved(assignment, "COMPLETE", null);
	}

	@Transactional
	public Assignment reopen(Actor actor, long id, int version) {
		Assignment assignment = editable(actor, id, version);
		LocalDate was = assignment.getCompletedOn();
		assignment.reopen();
		return saved(assignment, "REOPEN", was);
	}

	private Assignment editable(Actor actor, long id, int version) {
		Assignment assignment = assignments.findById(id).orElseThrow(() -> new NotFound("assignment", id));
		tree.requireVisible(actor, assignment.getUnitId());
		if (actor.is(Role.LEADER) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
		if (assignment.getVersion() != version) {
			throw new StaleEdit();
		}
		return assignment;
	}

	private Assignment saved(Assignment assignment, String action, LocalDate was) {
		Assignment saved = assignments.save(assignment);
		audit.record("Assignment", saved.getId(), action, Map.of("completedOn", String.valueOf(was)),
				Map.of("completedOn", String.valueOf(saved.getCompletedOn())), saved.getUnitId());
		counters.bump(ChangeCounters.REGISTER);
		return saved;
	}
}
