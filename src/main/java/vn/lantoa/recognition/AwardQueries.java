package vn.lantoa.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;

/** Lists of press-award entries of the actor's subtree, by award year, status and words. */
@Service
public class AwardQueries {

	public record Row(long id, int awardYear, String title, String authors, String outlet, LocalDate publishedOn,
			long unitId, String unitName, AwardEntry.Status status, AwardEntry.Prize prize) {
	}

	public record Filter(Long unitId, Integer awardYear, AwardEntry.Status status, String q, int page, int size) {

		public Filter {
			page = Math.max(0, page);
			size = ListPage.size(size);
		}
	}

	private final JdbcClient jdbc;

	AwardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ListPage<Row> find(Actor actor, Filter f) {
		List<Object> params = new ArrayList<>(List.of(f.unitId() == null ? actor.scopeUnitId() : f.unitId(),
				actor.scopeUnitId()));
		StringBuilder where = new StringBuilder(" where exists (select 1 from org_unit_tree s where s.ancestor_id = ?"
				+ " and s.unit_id = e.unit_id) and exists (select 1 from org_unit_tree v where v.ancestor_id = ?"
				+ " and v.unit_id = e.unit_id)");
		Search.condition(where, params, f.awardYear(), " and e.award_year = ?");
		Search.condition(where, params, f.status(), " and e.status = ?");
		Search.words(f.q(), "e.search_text", where, params);
		long total = jdbc.sql("select count(*) from award_entry e" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select e.id, e.award_year, e.title, e.authors, e.outlet, e.published_on, e.unit_id, u.name, e.status,
				       e.prize
				from award_entry e join org_unit u on u.id = e.unit_id""" + where
				+ " order by e.award_year desc, e.published_on desc, e.id desc limit " + f.size() + " offset "
				+ (long) f.page() * f.size())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8),
					AwardEntry.Status.valueOf(rs.getString(9)),
					rs.getString(10) == null ? null : AwardEntry.Prize.valueOf(rs.getString(10))))
			.list();
		return new ListPage<>(rows, total, f.page(), f.size());
	}
}
