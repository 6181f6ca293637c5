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

	private final JdbcClient jdbc;

	AccountRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, List<Recipient>> ofUnits(Collection<Long> unitIds) {
		Map<Long, List<Recipient>> byUnit = new HashMap<>();
		jdbc.sql("select unit_id, id, full_name, email from account where unit_id = any(?) and active = true order by id")
			.param(new LinkedHashSet<>(unitIds).toArray(Long[]::new))
			.query(rs -> {
				byUnit.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
					.add(new Recipient(rs.getLong(2), rs.getString(3), rs.getString(4)));
			});
		return byUnit;
	}
}
