package vn.lantoa.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;

/** Lists of contests organised in the actor's subtree or with one of its units taking part. */
@Service
public class ContestQueries {

	public record Row(long id, String title, Contest.Kind kind, Contest.Status status, long organiserUnitId,
			String organiserName, long campaignId, LocalDate startsOn, LocalDate endsOn, int units, int participants,
			int entries) {
	}

	public record Filter(Long unitId, Long campaignId, Contest.Kind kind, Contest.Status status, String q, int page,
			int size) {

		public Filter {
			page = Math.max(0, page);
			size = ListPage.size(size);
		}
	}

	private final JdbcClient jdbc;

	ContestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ListPage<Row> find(Actor actor, Filter f) {
		List<Object> params = new ArrayList<>(List.of(actor.scopeUnitId(), actor.scopeUnitId()));
		StringBuilder where = new StringBuilder(" " + """
				where (exists (select 1 from org_unit_tree s where s.ancestor_id = ? and s.unit_id = c.organiser_unit_id)
				    or exists (select 1 from contest_participation p join org_unit_tree s on s.unit_id = p.unit_id
				               where p.contest_id = c.id and s.ancestor_id = ?))""");
		Search.condition(where, params, f.unitId(), " and exists (select 1 from org_unit_tree t where "
				+ "t.ancestor_id = ? and t.unit_id = c.organiser_unit_id)");
		Search.condition(where, params, f.campaignId(), " and c.campaign_id = ?");
		Search.condition(where, params, f.kind(), " and c.kind = ?");
		Search.condition(where, params, f.status(), " and c.status = ?");
		Search.words(f.q(), "c.search_text", where, params);
		long total = jdbc.sql("select count(*) from contest c" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select c.id, c.title, c.kind, c.status, c.organiser_unit_id, u.name, c.campaign_id, c.starts_on,
				       c.ends_on,
				       (select count(*) from contest_participation p where p.contest_id = c.id),
				       (select coalesce(sum(p.participants), 0) from contest_participation p where p.contest_id = c.id),
				       (select coalesce(sum(p.entries), 0) from contest_participation p where p.contest_id = c.id)
				from contest c join org_unit u on u.id = c.organiser_unit_id""" + where
				+ " order by c.starts_on desc, c.id desc limit " + f.size() + " offset " + (long) f.page() * f.size())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), Contest.Kind.valueOf(rs.getString(3)),
					Contest.Status.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getLong(7),
					rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getInt(11),
					rs.getInt(12)))
			.list();
		return new ListPage<>(rows, total, f.page(), f.size());
	}
}
