package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes for the activity lists at national scale: the newest-first order on both databases, and on PostgreSQL a
 * trigram index that serves the diacritic-insensitive search ({@code search_text like '%word%'}). H2 has no
 * trigram indexes; the embedded database is for a first run, not for a nation's data. A Java migration because it
 * is the one step that differs by database, while the set of migrations stays one.
 */
public class V4__activity_list_indexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("create index activity_start_id on activity (starts_on desc, id desc)");
			if (context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				sql.execute("create extension if not exists pg_trgm");
				sql.execute("create index activity_search_trgm on activity using gin (search_text gin_trgm_ops)");
			}
		}
	}
}
