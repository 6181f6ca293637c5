package vn.lantoa.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.notification.Recipients;

/** The active accounts of a unit, to whom reminders and notices go. */
@Component
class AccountRecipients implements Recipients {

	private final JdbcClient jdbc;

	AccountRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Recipient> ofUnit(long unitId) {
		return jdbc.sql("select id, full_name, email from account where unit_id = ? and active = true order by id")
			.param(unitId).query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}
}
