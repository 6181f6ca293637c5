package vn.lantoa.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.calendar.Holiday.Kind;

/** The days admins added ({@code calendar_day}). */
@Component
class CalendarDays {

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Holiday> ofYear(int year) {
		return jdbc.sql("select \"day\", kind, name from calendar_day where \"day\" between ? and ? order by \"day\"")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), Kind.valueOf(rs.getString(2)),
					rs.getString(3), false))
			.list();
	}

	Optional<Holiday> find(LocalDate day) {
		return jdbc.sql("select \"day\", kind, name from calendar_day where \"day\" = ?").param(day)
			.query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), Kind.valueOf(rs.getString(2)),
					rs.getString(3), false))
			.optional();
	}

	void insert(Holiday day, String by, Instant at) {
		jdbc.sql("insert into calendar_day (\"day\", kind, name, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(day.date(), day.kind().name(), day.name(), by, Timestamp.from(at))
			.update();
	}

	void delete(LocalDate day) {
		jdbc.sql("delete from calendar_day where \"day\" = ?").param(day).update();
	}
}
