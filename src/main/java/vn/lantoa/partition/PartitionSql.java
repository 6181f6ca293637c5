package vn.lantoa.partition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements of one partitioning run, on its connection and in its transaction. */
final class PartitionSql {

	private static final Pattern YEAR_BOUND = Pattern
		.compile("FOR VALUES FROM \\('(\\d{4})-01-01'\\) TO \\('(\\d{4})-01-01'\\)");

	private final Connection connection;

	PartitionSql(Connection connection) {
		this.connection = connection;
	}

	void execute(String statement) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	long update(String statement) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			return sql.executeLargeUpdate(statement);
		}
	}

	long number(String query) throws SQLException {
		List<String> values = list(query);
		return values.isEmpty() || values.get(0) == null ? 0 : Long.parseLong(values.get(0));
	}

	/** The first column of every row, as text. */
	List<String> list(String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	/**
	 * True for the plain table Flyway made, false for a table already partitioned by range of {@code starts_on};
	 * any other kind or partitioning is refused.
	 */
	boolean checkKind() throws SQLException {
		String kind = list("select relkind from pg_class where oid = 'activity'::regclass").get(0);
		if (kind.equals("r")) {
			return true;
		}
		String key = list("select pg_get_partkeydef('activity'::regclass)").get(0);
		if (kind.equals("p") && "RANGE (starts_on)".equals(key)) {
			return false;
		}
		throw new IllegalStateException("activity is partitioned otherwise (" + key + "); leaving it as it is");
	}

	/** Views and triggers on the table would be lost with the plain table; none exists in the schema Flyway makes. */
	void refuseWhatCannotMove() throws SQLException {
		List<String> dependents = list("""
				select distinct v.oid::regclass::text from pg_depend d
				join pg_rewrite r on r.oid = d.objid join pg_class v on v.oid = r.ev_class
				where d.classid = 'pg_rewrite'::regclass and d.refobjid = 'activity'::regclass
				  and v.oid <> 'activity'::regclass
				union
				select 'trigger ' || tgname from pg_trigger where tgrelid = 'activity'::regclass and not tgisinternal""");
		if (!dependents.isEmpty()) {
			throw new IllegalStateException("these depend on the activity table and would not follow it: "
					+ String.join(", ", dependents) + "; drop them, partition, then create them again");
		}
	}

	/**
	 * What the plain table has that the partitioned one must get again: the statements that create its indexes (but
	 * the primary key), its foreign keys and the grants of roles other than its owner, in that order; and its owner.
	 */
	record PlainTable(List<String> rebuilt, String owner) {
	}

	PlainTable describePlainTable() throws SQLException {
		List<String> rebuilt = new ArrayList<>(list("""
				select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'activity'
				  and indexname not in (select conname from pg_constraint where conrelid = 'activity'::regclass)
				order by indexname"""));
		rebuilt.addAll(list("""
				select 'alter table activity add constraint ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
				from pg_constraint where conrelid = 'activity'::regclass and contype = 'f' order by conname"""));
		rebuilt.addAll(list("""
				select 'grant ' || a.privilege_type || ' on activity to '
				       || case a.grantee when 0 then 'public' else quote_ident(pg_get_userbyid(a.grantee)) end
				from pg_class c, aclexplode(c.relacl) a
				where c.oid = 'activity'::regclass and a.grantee <> c.relowner"""));
		return new PlainTable(rebuilt, owner());
	}

	String owner() throws SQLException {
		return list("select quote_ident(pg_get_userbyid(relowner)) from pg_class where oid = 'activity'::regclass")
			.get(0);
	}

	/** The foreign keys of other tables to {@code activity(id)}, which a partitioned activity cannot keep. */
	void dropForeignKeysToActivity() throws SQLException {
		for (String drop : list("""
				select 'alter table ' || conrelid::regclass || ' drop constraint ' || quote_ident(conname)
				from pg_constraint where confrelid = 'activity'::regclass and contype = 'f' order by 1""")) {
			execute(drop);
		}
	}

	/** The years of the first and last activities (from the index on {@code starts_on}), or none. */
	List<Integer> firstAndLastYear() throws SQLException {
		List<Integer> years = new ArrayList<>();
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(
				"select extract(year from min(starts_on))::int, extract(year from max(starts_on))::int from activity")) {
			if (rs.next() && rs.getObject(1) != null) {
				years.add(rs.getInt(1));
				years.add(rs.getInt(2));
			}
		}
		return years;
	}

	TreeSet<Integer> yearsIn(String table) throws SQLException {
		TreeSet<Integer> years = new TreeSet<>();
		for (String year : list("select distinct extract(year from starts_on)::int from " + table)) {
			years.add(Integer.parseInt(year));
		}
		return years;
	}

	/** The years that have a partition of their own. */
	TreeSet<Integer> partitionedYears() throws SQLException {
		TreeSet<Integer> years = new TreeSet<>();
		for (String bound : list("""
				select pg_get_expr(c.relpartbound, c.oid) from pg_inherits i join pg_class c on c.oid = i.inhrelid
				where i.inhparent = 'activity'::regclass""")) {
			Matcher m = YEAR_BOUND.matcher(bound);
			if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
				years.add(Integer.parseInt(m.group(1)));
			}
		}
		return years;
	}

	/** The next id the table's identity (or sequence) would give, and at least one above the highest id. */
	long nextId() throws SQLException {
		String sequence = list("select pg_get_serial_sequence('activity', 'id')").get(0);
		long next = number("select case when is_called then last_value + 1 else last_value end from " + sequence);
		return Math.max(next, number("select coalesce(max(id), 0) + 1 from activity"));
	}

	/**
	 * The table, its sequence and the given partitions belong to the plain table's owner, whoever runs the command
	 * (a superuser, say): the application's user then keeps every right on them, and a later migration it runs may
	 * alter them.
	 */
	void own(String owner, List<String> partitions) throws SQLException {
		if (owner.equals(list("select quote_ident(current_user)").get(0))) {
			return;
		}
		execute("alter table activity owner to " + owner);
		for (String partition : partitions) {
			execute("alter table " + partition + " owner to " + owner);
		}
	}

	String createYear(int year) throws SQLException {
		String name = "activity_y" + year;
		execute("create table " + name + " partition of activity for values from ('" + year + "-01-01') to ('"
				+ (year + 1) + "-01-01')");
		return name;
	}

	/**
	 * Creates the partition of a year whose rows, if any, wait in the default partition: PostgreSQL refuses a new
	 * partition while the default one holds rows of its range, so they leave it first and come back through the
	 * parent, which routes them to the new partition. Returns how many rows moved.
	 */
	long moveOutOfDefault(int year) throws SQLException {
		String range = "starts_on >= date '" + year + "-01-01' and starts_on < date '" + (year + 1) + "-01-01'";
		long rows = number("select count(*) from " + ActivityPartitions.DEFAULT_PARTITION + " where " + range);
		if (rows > 0) {
			execute("create temporary table activity_moving on commit drop as select * from "
					+ ActivityPartitions.DEFAULT_PARTITION + " where " + range);
			update("delete from " + ActivityPartitions.DEFAULT_PARTITION + " where " + range);
		}
		createYear(year);
		if (rows > 0) {
			if (update("insert into activity select * from activity_moving") != rows) {
				throw new IllegalStateException("the rows of " + year + " did not all move");
			}
			execute("drop table activity_moving");
		}
		return rows;
	}
}
