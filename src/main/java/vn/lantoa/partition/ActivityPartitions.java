package vn.lantoa.partition;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import vn.lantoa.shared.Databases;

/**
 * The activity table split into one partition per year of {@code starts_on} (PostgreSQL's declarative range
 * partitions), plus {@code activity_default} for any date without its year's partition, so that no insert fails.
 * <p>
 * {@link #partition} converts the plain table Flyway made, in one transaction that holds the table exclusively: every
 * row keeps its id, every index comes back under its name as a partitioned index, the ids go on from the same
 * sequence value. A partitioned table's primary key must include the partition key, so it becomes {@code (id,
 * starts_on)} and {@code activity(id)} can no longer be the target of a foreign key: the six foreign keys of the
 * tables that name an activity (its themes, measures, links, evidence, model replications and contests) are dropped
 * (see docs/SCALING.md for why not carry {@code starts_on} into them). Run on a table already partitioned, it only
 * adds the partitions of the years that lack one, moving their rows out of the default partition.
 */
@Component
public class ActivityPartitions {

	static final String DEFAULT_PARTITION = "activity_default";
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final int MOST_YEARS = 100;

	/**
	 * What a run did: whether it converted the plain table (false: it was partitioned already), the partitions it
	 * created, the rows it copied (or moved out of the default partition) and how long it took.
	 */
	public record Outcome(boolean converted, List<String> created, long rows, long millis) {
	}

	private final DataSource dataSource;
	private final Clock clock;

	ActivityPartitions(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Partitions the activity table, or adds the missing years' partitions to a partitioned one: a partition for
	 * every year from the first activity's (or this year) to this year plus {@code yearsAhead} (or the last
	 * activity's year, if later). All or nothing; waits at most {@code lockTimeout} for the running transactions on
	 * the table.
	 */
	public Outcome partition(int yearsAhead, String lockTimeout) {
		if (yearsAhead < 0 || yearsAhead > MOST_YEARS) {
			throw new IllegalArgumentException("--years-ahead must be between 0 and " + MOST_YEARS);
		}
		if (!Databases.postgres(dataSource)) {
			throw new IllegalStateException("partition-activities needs PostgreSQL: the embedded H2 database has no "
					+ "partitioned tables, and its activity table stays as it is");
		}
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				PartitionSql sql = new PartitionSql(connection);
				sql.execute("set local lock_timeout = '" + lockTimeout.replace("'", "") + "'");
				sql.execute("lock table activity in access exclusive mode");
				boolean plain = sql.checkKind();
				Outcome outcome = plain ? convert(sql, yearsAhead, start) : addYears(sql, yearsAhead, start);
				connection.commit();
				return outcome;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IllegalStateException("partition-activities failed, nothing was changed: " + e.getMessage(), e);
		}
	}

	private Outcome convert(PartitionSql sql, int yearsAhead, long start) throws SQLException {
		sql.refuseWhatCannotMove();
		TreeSet<Integer> years = span(sql.firstAndLastYear(), yearsAhead);
		long rows = sql.number("select count(*) from activity");
		long nextId = sql.nextId();
		PartitionSql.PlainTable plain = sql.describePlainTable();
		sql.dropForeignKeysToActivity();
		sql.execute("alter table activity alter column id drop identity");
		sql.execute("alter table activity rename to activity_unpartitioned");
		sql.execute("""
				create table activity (like activity_unpartitioned including all excluding identity excluding indexes)
				partition by range (starts_on)""");
		List<String> created = new ArrayList<>();
		for (int year : years) {
			created.add(sql.createYear(year));
		}
		sql.execute("create table " + DEFAULT_PARTITION + " partition of activity default");
		created.add(DEFAULT_PARTITION);
		long copied = sql.update("insert into activity select * from activity_unpartitioned");
		if (copied != rows) {
			throw new IllegalStateException("copied " + copied + " activities of " + rows);
		}
		sql.execute("drop table activity_unpartitioned");
		sql.execute("create sequence activity_id_seq as bigint start with " + nextId + " owned by activity.id");
		sql.execute("alter table activity alter column id set default nextval('activity_id_seq')");
		sql.execute("alter table activity add constraint activity_pkey primary key (id, starts_on)");
		for (String statement : plain.rebuilt()) {
			sql.execute(statement);
		}
		sql.own(plain.owner(), created);
		sql.execute("analyze activity");
		return new Outcome(true, created, copied, (System.nanoTime() - start) / 1_000_000);
	}

	private Outcome addYears(PartitionSql sql, int yearsAhead, long start) throws SQLException {
		TreeSet<Integer> wanted = span(List.of(), yearsAhead);
		wanted.addAll(sql.yearsIn(DEFAULT_PARTITION));
		wanted.removeAll(sql.partitionedYears());
		List<String> created = new ArrayList<>();
		long moved = 0;
		for (int year : wanted) {
			moved += sql.moveOutOfDefault(year);
			created.add("activity_y" + year);
		}
		sql.own(sql.owner(), created);
		if (moved > 0) {
			sql.execute("analyze activity");
		}
		return new Outcome(false, created, moved, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Every year from the first of the activities' years (or this year) to this year plus {@code ahead} (or the last
	 * of the activities' years); {@code firstAndLast} is empty when there are no activities.
	 */
	private TreeSet<Integer> span(List<Integer> firstAndLast, int ahead) {
		int now = LocalDate.now(clock.withZone(VIETNAM)).getYear();
		int first = firstAndLast.isEmpty() ? now : Math.min(firstAndLast.get(0), now);
		int last = firstAndLast.isEmpty() ? now + ahead : Math.max(firstAndLast.get(1), now + ahead);
		if (last - first >= MOST_YEARS) {
			throw new IllegalStateException("the activities' dates span the years " + first + " to " + last
					+ ": more than " + MOST_YEARS + " yearly partitions; correct the dates first");
		}
		TreeSet<Integer> years = new TreeSet<>();
		for (int y = first; y <= last; y++) {
			years.add(y);
		}
		return years;
	}
}
