package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.lantoa.shared.VietnameseOrder;

/**
 * Each unit's name as a key of Vietnamese order ({@link VietnameseOrder#key}), so that the database sorts and
 * paginates lists of units (the reports owed) the way Java's collator orders them. A Java migration because the
 * key is computed by that collator.
 */
public class V24__unit_sort_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("alter table org_unit add column sort_key varchar");
			Map<Long, String> keys = new LinkedHashMap<>();
			try (ResultSet rs = sql.executeQuery("select id, name from org_unit")) {
				while (rs.next()) {
					keys.put(rs.getLong(1), VietnameseOrder.key(rs.getString(2)));
				}
			}
			try (PreparedStatement update = context.getConnection()
				.prepareStatement("update org_unit set sort_key = ? where id = ?")) {
				int batched = 0;
				for (Map.Entry<Long, String> key : keys.entrySet()) {
					update.setString(1, key.getValue());
					update.setLong(2, key.getKey());
					update.addBatch();
					if (++batched % 1000 == 0) {
						update.executeBatch();
					}
				}
				update.executeBatch();
			}
			sql.execute("alter table org_unit alter column sort_key set not null");
		}
	}
}
