package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.campaign.MeasureCatalogue.Measure;
import vn.lantoa.shared.Actor;

/**
 * What recording one activity of a unit in a campaign is checked against, read in one query at the moment of
 * recording: whether the actor's subtree holds the unit, whether the campaign exists and concerns the actor, whether
 * the unit lies in the campaign's owner's subtree, the campaign's period, how many of the given themes are the
 * campaign's, whether the channel is the campaign's and which measures it counts, and the catalogue entries of the
 * given measure codes.
 *
 * <p>Read from the database every time rather than cached: the tree and the actor's scope are part of the answer, so
 * the query is needed anyway, and a cache would need invalidating across the nodes that share the database (a
 * campaign, its channels or the catalogue changed on another node must not let an activity through here).
 *
 * @param found whether the campaign exists; the other campaign fields mean nothing when it does not
 * @param themes how many of the given theme ids are themes of the campaign
 * @param channelMeasureCodes the codes of the measures the channel counts, or null when the channel is not the
 *        campaign's
 * @param measures the catalogue entries of those given measure codes that exist, by code
 */
public record RecordingRules(boolean unitVisible, boolean found, boolean concerns, boolean unitInCampaign,
		LocalDate startsOn, LocalDate endsOn, int themes, List<String> channelMeasureCodes,
		Map<String, Measure> measures) {

	static RecordingRules read(JdbcClient jdbc, Actor actor, long campaignId, long unitId, Collection<Long> themeIds,
			long channelId, Collection<String> measureCodes) {
		Map<String, Measure> measures = new HashMap<>();
		// left joins rather than scalar subqueries: the same answer (each joined key is unique), cheaper to plan
		List<RecordingRules> rows = jdbc.sql("""
				select s.unit_id, c.id, c.starts_on, c.ends_on,
				       case when exists (select 1 from org_unit_tree t
				                         where t.ancestor_id = :scope and t.unit_id = c.owner_unit_id)
				              or exists (select 1 from assignment a join org_unit_tree t on t.unit_id = a.unit_id
				                         where a.campaign_id = c.id and t.ancestor_id = :scope) then 1 else 0 end,
				       o.unit_id,
				       (select count(*) from campaign_theme th where th.campaign_id = c.id and th.id in (:themes)),
				       ch.id, ch.measure_codes,
				       m.code, m.name_vi, m.name_en, m.unit_vi, m.unit_en, m.active, m.max_value
				from (select 1 as one) x
				left join org_unit_tree s on s.ancestor_id = :scope and s.unit_id = :unit
				left join campaign c on c.id = :campaign
				left join org_unit_tree o on o.ancestor_id = c.owner_unit_id and o.unit_id = :unit
				left join campaign_channel ch on ch.campaign_id = c.id and ch.id = :channel
				left join measure m on c.id is not null and m.code in (:codes)""")
			.param("scope", actor.scopeUnitId())
			.param("unit", unitId)
			.param("campaign", campaignId)
			.param("themes", themeIds.isEmpty() ? List.of(-1L) : themeIds)
			.param("channel", channelId)
			.param("codes", measureCodes.isEmpty() ? List.of("") : measureCodes)
			.query((rs, n) -> {
				if (rs.getString(10) != null) {
					measures.put(rs.getString(10), new Measure(rs.getString(10), rs.getString(11), rs.getString(12),
							rs.getString(13), rs.getString(14), rs.getBoolean(15), rs.getBigDecimal(16)));
				}
				String codes = rs.getString(9);
				return new RecordingRules(rs.getObject(1) != null, rs.getObject(2) != null, rs.getInt(5) > 0,
						rs.getObject(6) != null, rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
						rs.getInt(7), rs.getObject(8) == null ? null
								: codes == null || codes.isBlank() ? List.of() : List.of(codes.split(",")),
						Map.of());
			})
			.list();
		RecordingRules first = rows.get(0);
		return new RecordingRules(first.unitVisible, first.found, first.concerns, first.unitInCampaign,
				first.startsOn, first.endsOn, first.themes, first.channelMeasureCodes, Map.copyOf(measures));
	}
}
