package vn.lantoa.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition figures per unit for reports and dashboards. Not scoped to an actor: the caller has already decided
 * which units its reader may see. Every bound is optional (null: open) and inclusive.
 * <ul>
 * <li>{@code modelsProposed}: models the unit proposed (any status) with the proposal date in the period;</li>
 * <li>{@code modelsRecognised}: its recognised models whose decision date is in the period;</li>
 * <li>{@code replications}: its live activities starting in the period that are linked to another unit's model;</li>
 * <li>{@code contestsOrganised}: contests it organises that overlap the period;</li>
 * <li>{@code contestsJoined}, {@code contestParticipants}, {@code contestEntries}: contests overlapping the period
 * it takes part in, with its participants and entries;</li>
 * <li>{@code awardEntries}: its press-award entries submitted (or further) with a publication date in the period;
 * {@code awardsWon}: those awarded.</li>
 * </ul>
 * With a campaign, models count only if proposed under it, replications only for its activities, contests only of
 * it; award entries belong to no campaign and count whatever the campaign.
 */
@Service
public class RecognitionCounts {

	/** The figures of one unit. */
	public record UnitCounts(long unitId, int modelsProposed, int modelsRecognised, int replications,
			int contestsOrganised, int contestsJoined, int contestParticipants, int contestEntries, int awardEntries,
			int awardsWon) {

		static UnitCounts zero(long unitId) {
			return new UnitCounts(unitId, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}

		UnitCounts plus(UnitCounts o) {
			return new UnitCounts(unitId, modelsProposed + o.modelsProposed, modelsRecognised + o.modelsRecognised,
					replications + o.replications, contestsOrganised + o.contestsOrganised,
					contestsJoined + o.contestsJoined, contestParticipants + o.contestParticipants,
					contestEntries + o.contestEntries, awardEntries + o.awardEntries, awardsWon + o.awardsWon);
		}
	}

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	RecognitionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of each unit on its own (not of its subtree), in the order of {@code unitIds}; a unit without any
	 * has zeros.
	 *
	 * @param campaignId the campaign, or null for all
	 * @param from the first day counted, or null
	 * @param to the last day counted, or null
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnitCounts> byUnit(Long campaignId, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		Map<Long, UnitCounts> result = new LinkedHashMap<>();
		unitIds.forEach(id -> result.put(id, UnitCounts.zero(id)));
		List<Long> ids = new ArrayList<>(result.keySet());
		for (int i = 0; i < ids.size(); i += CHUNK) {
			List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
			count(result, chunk, campaignId, from, to);
		}
		return result;
	}

	/** The figures of the unit and every unit below it, added up. */
	@Transactional(readOnly = true)
	public UnitCounts forSubtree(Long campaignId, long unitId, LocalDate from, LocalDate to) {
		List<Long> ids = jdbc.sql("select unit_id from org_unit_tree where ancestor_id = ?").param(unitId)
			.query(Long.class).list();
		return byUnit(campaignId, ids, from, to).values().stream()
			.reduce(UnitCounts.zero(unitId), (a, b) -> a.plus(b));
	}

	/**
	 * The unit's own models of the campaign recognised with a decision dated in {@code [from, to]}: the one figure a
	 * report counts, in one query (reports compute it for every unit they open).
	 */
	@Transactional(readOnly = true)
	public int modelsRecognised(long campaignId, long unitId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from exemplary_model where status = 'RECOGNISED' and unit_id = ? and campaign_id = ?
				  and decision_date between ? and ?""").params(unitId, campaignId, from, to).query(Integer.class).single();
	}

	private void count(Map<Long, UnitCounts> result, List<Long> ids, Long campaignId, LocalDate from, LocalDate to) {
		String in = "(" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
		Map<Long, int[]> figures = new HashMap<>();
		ids.forEach(id -> figures.put(id, new int[9]));
		add(figures, 0, "select unit_id, count(*) from exemplary_model m where unit_id in " + in
				+ campaign(campaignId, "m.campaign_id") + range("m.proposed_on", from, to) + " group by unit_id", from, to);
		add(figures, 1, "select unit_id, count(*) from exemplary_model m where status = 'RECOGNISED' and unit_id in "
				+ in + campaign(campaignId, "m.campaign_id") + range("m.decision_date", from, to) + " group by unit_id", from, to);
		add(figures, 2, "select r.unit_id, count(*) from model_replication r join activity a on a.id = r.activity_id "
				+ "where a.deleted_at is null and r.unit_id in " + in + campaign(campaignId, "a.campaign_id")
				+ range("a.starts_on", from, to) + " group by r.unit_id", from, to);
		add(figures, 3, "select organiser_unit_id, count(*) from contest c where organiser_unit_id in " + in
				+ campaign(campaignId, "c.campaign_id") + overlap(from, to) + " group by organiser_unit_id", from, to);
		String joined = " from contest_participation p join contest c on c.id = p.contest_id where p.unit_id in " + in
				+ campaign(campaignId, "c.campaign_id") + overlap(from, to) + " group by p.unit_id";
		add(figures, 4, "select p.unit_id, count(*)" + joined, from, to);
		add(figures, 5, "select p.unit_id, sum(p.participants)" + joined, from, to);
		add(figures, 6, "select p.unit_id, sum(p.entries)" + joined, from, to);
		String entries = " from award_entry e where status <> 'PREPARED' and unit_id in " + in
				+ range("e.published_on", from, to);
		add(figures, 7, "select unit_id, count(*)" + entries + " group by unit_id", from, to);
		add(figures, 8, "select unit_id, count(*)" + entries + " and status = 'AWARDED' group by unit_id", from, to);
		BiFunction<Long, int[], UnitCounts> counts = (id, f) -> new UnitCounts(id, f[0], f[1], f[2], f[3], f[4], f[5],
				f[6], f[7], f[8]);
		figures.forEach((id, f) -> result.put(id, counts.apply(id, f)));
	}

	private void add(Map<Long, int[]> figures, int index, String sql, LocalDate from, LocalDate to) {
		var statement = jdbc.sql(sql);
		if (sql.contains(":from")) {
			statement = statement.param("from", from);
		}
		if (sql.contains(":to")) {
			statement = statement.param("to", to);
		}
		statement.query(rs -> {
			figures.get(rs.getLong(1))[index] = rs.getInt(2);
		});
	}

	private static String campaign(Long campaignId, String column) {
		return campaignId == null ? "" : " and " + column + " = " + campaignId.longValue();
	}

	private static String range(String column, LocalDate from, LocalDate to) {
		return (from == null ? "" : " and " + column + " >= :from") + (to == null ? "" : " and " + column + " <= :to");
	}

	private static String overlap(LocalDate from, LocalDate to) {
		return (from == null ? "" : " and c.ends_on >= :from") + (to == null ? "" : " and c.starts_on <= :to");
	}
}
