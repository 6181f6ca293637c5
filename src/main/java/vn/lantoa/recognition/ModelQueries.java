package vn.lantoa.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;

/**
 * Lists of exemplary models: those of the actor's subtree and every recognised one, filtered by unit subtree,
 * campaign, status, kind, field and words (diacritics ignored); and the models shown on the public page.
 */
@Service
public class ModelQueries {

	/** What a list shows of a model. */
	public record Row(long id, String title, ExemplaryModel.Kind kind, ExemplaryModel.Field field,
			ExemplaryModel.Status status, long unitId, String unitName, Long campaignId, LocalDate proposedOn,
			String decisionNumber, LocalDate decisionDate, int replications, boolean isPublic) {
	}

	/** A recognised model on the public page. */
	public record PublicModel(long id, String title, String description, ExemplaryModel.Kind kind, String unitName,
			String decisionNumber, LocalDate decisionDate, Instant publishedAt, Instant updatedAt) {
	}

	public record Filter(Long unitId, Long campaignId, ExemplaryModel.Status status, ExemplaryModel.Kind kind,
			ExemplaryModel.Field field, String q, int page, int size) {

		public Filter {
			page = Math.max(0, page);
			size = ListPage.size(size);
		}
	}

	private final JdbcClient jdbc;
	private final OrgTree tree;

	ModelQueries(JdbcClient jdbc, OrgTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
	}

	@Transactional(readOnly = true)
	public ListPage<Row> find(Actor actor, Filter f) {
		List<Object> params = new ArrayList<>(List.of(actor.scopeUnitId()));
		StringBuilder where = new StringBuilder(" where (m.status = 'RECOGNISED' or exists (select 1 from "
				+ "org_unit_tree s where s.ancestor_id = ? and s.unit_id = m.unit_id))");
		Search.condition(where, params, f.unitId(),
				" and exists (select 1 from org_unit_tree t where t.ancestor_id = ? and t.unit_id = m.unit_id)");
		Search.condition(where, params, f.campaignId(), " and m.campaign_id = ?");
		Search.condition(where, params, f.status(), " and m.status = ?");
		Search.condition(where, params, f.kind(), " and m.kind = ?");
		Search.condition(where, params, f.field(), " and m.field = ?");
		Search.words(f.q(), "m.search_text", where, params);
		long total = jdbc.sql("select count(*) from exemplary_model m" + where).params(params).query(Long.class)
			.single();
		List<Row> rows = jdbc.sql("""
				select m.id, m.title, m.kind, m.field, m.status, m.unit_id, u.name, m.campaign_id, m.proposed_on,
				       m.decision_number, m.decision_date,
				       (select count(*) from model_replication r join activity a on a.id = r.activity_id
				        where r.model_id = m.id and a.deleted_at is null),
				       m.published_at
				from exemplary_model m join org_unit u on u.id = m.unit_id""" + where
				+ " order by m.proposed_on desc, m.id desc limit " + f.size() + " offset " + (long) f.page() * f.size())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), ExemplaryModel.Kind.valueOf(rs.getString(3)),
					ExemplaryModel.Field.valueOf(rs.getString(4)), ExemplaryModel.Status.valueOf(rs.getString(5)),
					rs.getLong(6), rs.getString(7), (Long) rs.getObject(8, Long.class),
					rs.getObject(9, LocalDate.class), rs.getString(10), rs.getObject(11, LocalDate.class),
					rs.getInt(12), rs.getTimestamp(13) != null))
			.list();
		return new ListPage<>(rows, total, f.page(), f.size());
	}

	/** The recognised models an editor showed on the public page, the latest shown first. */
	@Transactional(readOnly = true)
	public List<PublicModel> published(int limit) {
		return jdbc.sql("""
				select m.id, m.title, m.description, m.kind, u.name, m.decision_number, m.decision_date,
				       m.published_at, m.updated_at
				from exemplary_model m join org_unit u on u.id = m.unit_id
				where m.published_at is not null and m.status = 'RECOGNISED'
				order by m.published_at desc, m.id desc limit ?""").param(limit)
			.query((rs, n) -> new PublicModel(rs.getLong(1), rs.getString(2), rs.getString(3),
					ExemplaryModel.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** The name of the unit, for pages that show one model. */
	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return tree.pathTo(unitId).stream().reduce((a, b) -> b).map(u -> u.name()).orElse("");
	}
}
