package vn.lantoa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.calendar.Holiday.Kind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/**
 * Admins add days off and make-up working days, and remove the ones they added. A built-in day off cannot be
 * removed; making it a working day is an added {@link Kind#WORKING_DAY} on its date.
 */
@Service
class CalendarAdministration {

	static final int NAME_LENGTH = 200;

	private final CalendarDays days;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;

	CalendarAdministration(CalendarDays days, WorkingCalendar calendar, AuditTrail audit, Clock clock) {
		this.days = days;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** A date as the messages show it: 14/02/2026. */
	static String shown(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
	}

	static boolean canAdminister(Actor actor) {
		return actor.is(Role.ADMIN) && actor.writeAccess();
	}

	@Transactional
	public Holiday add(Actor actor, LocalDate date, Kind kind, String name) {
		if (!canAdminister(actor)) {
			throw new OutOfScope();
		}
		if (date == null) {
			throw new Refusal(400, "calendar.error.date");
		}
		if (date.getYear() < WorkingCalendar.FIRST_YEAR || date.getYear() > WorkingCalendar.LAST_YEAR) {
			throw new Refusal(400, "calendar.error.year", WorkingCalendar.YEARS);
		}
		if (kind == null) {
			throw new Refusal(400, "calendar.error.kind");
		}
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
			throw new Refusal(400, "calendar.error.name", NAME_LENGTH);
		}
		if (days.find(date).isPresent()) {
			throw new Refusal(409, "calendar.error.duplicate", shown(date));
		}
		boolean working = calendar.isWorkingDay(date);
		if (kind == Kind.HOLIDAY && !working) {
			throw new Refusal(409, "calendar.error.alreadyOff", shown(date));
		}
		if (kind == Kind.WORKING_DAY && working) {
			throw new Refusal(409, "calendar.error.alreadyWorking", shown(date));
		}
		Holiday day = new Holiday(date, kind, trimmed, false);
		try {
			days.insert(day, actor.username(), clock.instant());
		} catch (DuplicateKeyException e) {
			throw new Refusal(409, "calendar.error.duplicate", shown(date));
		}
		audit.record("CalendarDay", date, "CREATE", Map.of(), fields(day), actor.scopeUnitId());
		forgetAfterCommit(date.getYear());
		return day;
	}

	@Transactional
	public void remove(Actor actor, LocalDate date) {
		if (!canAdminister(actor)) {
			throw new OutOfScope();
		}
		Holiday day = days.find(date).orElse(null);
		if (day == null) {
			boolean builtIn = calendar.days(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
			throw builtIn ? new Refusal(409, "calendar.error.builtIn", shown(date)) : new Refusal(404, "calendar.error.none", shown(date));
		}
		days.delete(date);
		audit.record("CalendarDay", date, "DELETE", fields(day), Map.of(), actor.scopeUnitId());
		forgetAfterCommit(date.getYear());
	}

	private static Map<String, Object> fields(Holiday day) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", day.kind().name());
		fields.put("name", day.name());
		return fields;
	}

	/** Drops the cached year now and again after the commit, so no reader caches the old days meanwhile. */
	private void forgetAfterCommit(int year) {
		calendar.forget(year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					calendar.forget(year);
				}
			});
		}
	}
}
