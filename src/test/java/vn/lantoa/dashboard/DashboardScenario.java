package vn.lantoa.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.rollup.RollupScenario;
import vn.lantoa.shared.Actor;

/**
 * A fresh district under the province, as {@link RollupScenario} builds it (communes X1, X2 with cells X1a, X1b,
 * X2a and an office X3), and a 2024 campaign of its, reported quarterly with the figures closed on the 14th, that
 * assigns work to every unit below the district, so that each of them owes reports.
 */
class DashboardScenario {

	private final UnitAdministration units;
	private final CampaignPlanning planning;
	private final CampaignDirectory campaigns;
	private final JdbcClient jdbc;
	private final RollupScenario rollup;

	DashboardScenario(UnitAdministration units, CampaignPlanning planning, CampaignDirectory campaigns,
			JdbcClient jdbc) {
		this.units = units;
		this.planning = planning;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.rollup = new RollupScenario(units, planning, campaigns, jdbc);
	}

	RollupScenario rollup() {
		return rollup;
	}

	Actor admin() {
		return rollup.admin(rollup.province());
	}

	/** The ground, with assignments to X1 and X2 due 30/06/2024 and to the others due 31/12/2024. */
	RollupScenario.Ground ground() {
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("D", unit(rollup.province(), "Huyện bảng điều hành", UnitKind.CITY_COMMITTEE));
		ids.put("X1", unit(ids.get("D"), "Đảng bộ xã Một", UnitKind.PARTY_COMMITTEE));
		ids.put("X2", unit(ids.get("D"), "Đảng bộ xã Hai", UnitKind.PARTY_COMMITTEE));
		ids.put("X3", unit(ids.get("D"), "Văn phòng huyện", UnitKind.OFFICE));
		ids.put("X1a", unit(ids.get("X1"), "Chi bộ thôn Nà Làng", UnitKind.PARTY_CELL));
		ids.put("X1b", unit(ids.get("X1"), "Chi bộ thôn Bản Cạu", UnitKind.PARTY_CELL));
		ids.put("X2a", unit(ids.get("X2"), "Chi bộ thôn Khuổi Cuồng", UnitKind.PARTY_CELL));
		Campaign campaign = planning.create(rollup.admin(ids.get("D")), new CampaignPlan(null,
				"Bảng điều hành thử " + Fixtures.unique(""), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
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
				List.of(new CampaignPlan.AssignmentPlan("Các xã", List.of(ids.get("X1"), ids.get("X2")),
						List.of("Tuyên truyền Nghị quyết"), LocalDate.of(2024, 6, 30)),
						new CampaignPlan.AssignmentPlan("Chi bộ, văn phòng", List.of(ids.get("X1a"), ids.get("X1b"),
								ids.get("X2a"), ids.get("X3")), List.of("Tuyên truyền"), LocalDate.of(2024, 12, 31)))));
		List<Long> themes = campaigns.themes(campaign.getId()).stream().map(CampaignDirectory.ThemeView::id).toList();
		return new RollupScenario.Ground(ids.get("D"), ids, campaign, themes, campaigns.channels(campaign.getId()),
				admin());
	}

	private long unit(long parentId, String name, UnitKind kind) {
		String code = Fixtures.unique("DB");
		return units.create(admin(), parentId, code, name + " " + code, kind).getId();
	}
}
