package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.notification.DueItems;

/** The assignments not yet completed whose due date falls in a window, for the reminders. */
@Component
class AssignmentDeadlines implements DueItems {

	private final JdbcClient jdbc;

	AssignmentDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> openBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.id, a.unit_id, a.due_on, a.group_title, c.title, c.id from assignment a
				join campaign c on c.id = a.campaign_id
				where a.completed_on is null and a.due_on between ? and ? order by a.id""")
			.params(from, to)
			.query((rs, n) -> new DueItem(Kind.ASSIGNMENT_DUE, rs.getLong(1), rs.getLong(2),
					rs.getObject(3, LocalDate.class), "Nhiệm vụ: " + rs.getString(4) + " – " + rs.getString(5),
					"/campaigns/" + rs.getLong(6)))
			.list();
	}
}
