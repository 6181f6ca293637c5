package vn.lantoa.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for administrators, newest first, limited to their subtree. */
@Component
class AuditLog {

	record Filter(String entity, String actor, String action, LocalDate from, LocalDate to, int page) {
	}

	record Entry(long id, Instant at, String actor, String entity, String entityId, String action, String changes) {
	}

	record Page(List<Entry> entries, int page, boolean hasNext) {
	}

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Page find(long scopeUnitId, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select e.id, e.at, e.actor, e.entity, e.entity_id, e.action, e.changes from audit_event e
				join org_unit_tree t on t.unit_id = e.unit_id and t.ancestor_id = ? where 1 = 1""");
		List<Object> params = new ArrayList<>(List.of(scopeUnitId));
		if (filter.entity() != null && !filter.entity().isBlank()) {
			sql.append(" and e.entity = ?");
			params.add(filter.entity().trim());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and e.actor = ?");
			params.add(filter.actor().trim().toLowerCase());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			sql.append(" and e.action = ?");
			params.add(filter.action().trim());
		}
		if (filter.from() != null) {
			sql.append(" and e.at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and e.at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
		int page = Math.max(0, filter.page());
		sql.append(" order by e.at desc, e.id desc limit ").append(PAGE_SIZE + 1).append(" offset ")
			.append((long) page * PAGE_SIZE);
		List<Entry> rows = jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
	}
}
