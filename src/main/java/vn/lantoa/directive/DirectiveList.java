package vn.lantoa.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;

/** The directives of the actor's subtree, newest first, and the campaigns planned from one. */
@Component
class DirectiveList {

	record Row(long id, String docType, String number, String issuer, LocalDate issuedOn, String title,
			String status, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	DirectiveList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Row> visible(Actor actor) {
		return jdbc.sql("""
				select d.id, d.doc_type, d.number, d.issuer, d.issued_on, d.title, d.status, d.created_at
				from directive d join org_unit_tree t on t.unit_id = d.owner_unit_id and t.ancestor_id = ?
				order by d.created_at desc, d.id desc""").param(actor.scopeUnitId()).query(Row.class).list();
	}

	@Transactional(readOnly = true)
	List<Long> campaignsOf(long directiveId) {
		return jdbc.sql("select id from campaign where directive_id = ? order by id").param(directiveId)
			.query(Long.class).list();
	}
}
