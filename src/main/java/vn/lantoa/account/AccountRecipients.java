package vn.lantoa.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.notification.Recipients;

/** The active accounts of units, to whom reminders and notices go. */
@Component
class AccountRecipients implements Recipients {

	/** Units asked for in one statement at most (PostgreSQL takes at most 32,767 parameters). */
	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	AccountRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, List<Recipient>> ofUnits(Collection<Long> unitIds) {
		List<Long> all = List.copyOf(new LinkedHashSet<>(unitIds));
		Map<Long, List<Recipient>> byUnit = new HashMap<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("""
					select unit_id, id, full_name, email from account where unit_id in (:units) and active = true
					order by id""").param("units", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(rs -> {
					byUnit.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
						.add(new Recipient(rs.getLong(2), rs.getString(3), rs.getString(4)));
				});
		}
		return byUnit;
	}
}
