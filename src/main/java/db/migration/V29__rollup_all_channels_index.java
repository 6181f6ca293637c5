package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the all-channels roll-up rows (theme 0, channel 0: V26) of each unit and month in an index of their
 * own that carries the count, so that a dashboard's units below are summed from the index alone. Through the primary
 * key the country's 63 provinces read every theme and channel row of their year (28,000 entries) and fetched the
 * 756 they kept from the table: 3.8 ms a view, a quarter of PostgreSQL's time under the national load; from this
 * index 0.4 ms (docs/PERFORMANCE.md, "Seventh pass"). Partial, so it holds one row in 37 and recording writes it only
 * for the all-channels cell. H2 has no partial indexes and serves a city, where the key is enough.
 */
public class V29__rollup_all_channels_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			try (Statement sql = context.getConnection().createStatement()) {
				sql.execute("create index rollup_activity_all_channels on rollup_activity "
						+ "(campaign_id, unit_id, reporting_month) include (activities) where theme_id = 0 and channel_id = 0");
			}
		}
	}
}
