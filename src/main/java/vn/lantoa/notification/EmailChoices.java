package vn.lantoa.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.notification.DueItems.Kind;
import vn.lantoa.shared.Actor;

/** Which kinds of notification a user also wants by e-mail: every kind unless turned off. */
@Service
public class EmailChoices {

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	EmailChoices(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Set<Kind> wanted(long accountId) {
		Set<Kind> wanted = EnumSet.allOf(Kind.class);
		jdbc.sql("select kind from notification_choice where account_id = ? and email = false").param(accountId)
			.query(String.class).list().forEach(k -> wanted.remove(Kind.valueOf(k)));
		return wanted;
	}

	/** The kinds each of the accounts turned off for e-mail; an account that turned none off is absent. */
	Map<Long, Set<Kind>> refused(Collection<Long> accountIds) {
		Map<Long, Set<Kind>> refused = new HashMap<>();
		jdbc.sql("select account_id, kind from notification_choice where account_id = any(?) and email = false")
			.param(new LinkedHashSet<>(accountIds).toArray(Long[]::new))
			.query(rs -> {
				refused.computeIfAbsent(rs.getLong(1), a -> EnumSet.noneOf(Kind.class)).add(Kind.valueOf(rs.getString(2)));
			});
		return refused;
	}

	/** The user's own choice: e-mails of these kinds, none of the others. */
	@Transactional
	public void choose(Actor actor, Set<Kind> wanted) {
		Set<Kind> before = wanted(actor.accountId());
		jdbc.sql("delete from notification_choice where account_id = ?").param(actor.accountId()).update();
		for (Kind kind : Kind.values()) {
			jdbc.sql("insert into notification_choice (account_id, kind, email) values (?, ?, ?)")
				.params(actor.accountId(), kind.name(), wanted.contains(kind)).update();
		}
		audit.record("EmailChoice", actor.accountId(), "UPDATE", Map.of("email", before.toString()),
				Map.of("email", wanted.toString()), actor.unitId());
	}
}
