package vn.lantoa.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * A fresh subtree under the province (a district with communes and cells) and a campaign of its own, made through
 * the application's services, and random activity details for it: the ground on which roll-ups are compared with
 * the activities.
 */
public class RollupScenario {

	/** The district, its units by short name, the campaign with its themes and channels. */
	public record Ground(long districtId, Map<String, Long> units, Campaign campaign, List<Long> themeIds,
			List<CampaignDirectory.ChannelView> channels, Actor admin) {

		public List<Long> unitIds() {
			return new ArrayList<>(units.values());
		}
	}

	private final UnitAdministration units;
	private final CampaignPlanning planning;
	private final CampaignDirectory campaigns;
	private final JdbcClient jdbc;

	public RollupScenario(UnitAdministration units, CampaignPlanning planning, CampaignDirectory campaigns, JdbcClient jdbc) {
		this.units = units;
		this.planning = planning;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
	}

	/** An administrator whose scope is the unit. */
	public Actor admin(long scopeUnitId) {
		long account = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		return new Actor(account, "admin", "admin", Role.ADMIN, scopeUnitId, scopeUnitId, true);
	}

	public long province() {
		return jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
	}

	/**
	 * District D with communes X1 (cells X1a, X1b), X2 (cell X2a) and an office X3; a campaign of 2024 it owns,
	 * reported quarterly with the figures closed on the 14th (Decree 09/2019), tasks handed to X1 and X2.
	 */
	public Ground ground() {
		return ground(ids -> List.of(new CampaignPlan.AssignmentPlan("Các xã", List.of(ids.get("X1"), ids.get("X2")),
				List.of("Tuyên truyền"), LocalDate.of(2024, 6, 30))));
	}

	/** The same ground with the tasks the given function hands out (it gets the units' ids by their letters). */
	public Ground ground(Function<Map<String, Long>, List<CampaignPlan.AssignmentPlan>> assignments) {
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("D", unit(province(), "Huyện thử", UnitKind.CITY_COMMITTEE));
		ids.put("X1", unit(ids.get("D"), "Đảng bộ xã Một", UnitKind.PARTY_COMMITTEE));
		ids.put("X2", unit(ids.get("D"), "Đảng bộ xã Hai", UnitKind.PARTY_COMMITTEE));
		ids.put("X3", unit(ids.get("D"), "Văn phòng huyện", UnitKind.OFFICE));
		ids.put("X1a", unit(ids.get("X1"), "Chi bộ thôn Nà Làng", UnitKind.PARTY_CELL));
		ids.put("X1b", unit(ids.get("X1"), "Chi bộ thôn Bản Cạu", UnitKind.PARTY_CELL));
		ids.put("X2a", unit(ids.get("X2"), "Chi bộ thôn Khuổi Cuồng", UnitKind.PARTY_CELL));
		Campaign campaign = planning.create(admin(ids.get("D")), new CampaignPlan(null,
				"Tuyên truyền thử " + Fixtures.unique(""), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
				List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5, 14),
				List.of(new CampaignPlan.ThemePlan("Nghị quyết Đại hội", ""),
						new CampaignPlan.ThemePlan("Xây dựng Đảng", ""), new CampaignPlan.ThemePlan("Gương điển hình", ""),
						new CampaignPlan.ThemePlan("Bảo vệ nền tảng tư tưởng", "")),
				List.of(new CampaignPlan.ChannelPlan("Trang thông tin, mạng xã hội", "", List.of(),
						List.of("news", "views")),
						new CampaignPlan.ChannelPlan("Loa truyền thanh", "", List.of(),
								List.of("broadcasts", "broadcast_minutes")),
						new CampaignPlan.ChannelPlan("Trực quan", "", List.of(), List.of("banners"))),
				assignments.apply(ids)));
		List<Long> themes = campaigns.themes(campaign.getId()).stream().map(CampaignDirectory.ThemeView::id).toList();
		return new Ground(ids.get("D"), ids, campaign, themes, campaigns.channels(campaign.getId()),
				admin(province()));
	}

	private long unit(long parentId, String name, UnitKind kind) {
		String code = Fixtures.unique("RU");
		OrgUnit unit = units.create(admin(province()), parentId, code, name + " " + code, kind);
		return unit.getId();
	}

	/** Random details of an activity of one of the ground's units that lie under the district now. */
	public ActivityDetails details(Ground ground, Random random, List<Long> units) {
		long unit = units.get(random.nextInt(units.size()));
		List<Long> themes = new ArrayList<>(ground.themeIds());
		java.util.Collections.shuffle(themes, random);
		themes = themes.subList(0, 1 + random.nextInt(3));
		CampaignDirectory.ChannelView channel = ground.channels().get(random.nextInt(ground.channels().size()));
		Map<String, BigDecimal> measures = new LinkedHashMap<>();
		for (String code : channel.measureCodes()) {
			if (random.nextInt(4) > 0) {
				measures.put(code, BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)));
			}
		}
		LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
		LocalDate end = random.nextInt(5) == 0 ? start.plusDays(random.nextInt(40)) : null;
		if (end != null && end.getYear() > 2024) {
			end = LocalDate.of(2024, 12, 31);
		}
		return new ActivityDetails(ground.campaign().getId(), unit, themes, channel.id(), start, end,
				"Hoạt động " + random.nextInt(1000), null, null, measures, List.of());
	}
}
