package vn.lantoa.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.rollup.RollupScenario;

/**
 * A fresh district under the province, as {@link RollupScenario} builds it (communes X1, X2 with cells X1a, X1b,
 * X2a and an office X3), and a 2024 campaign of its, reported quarterly with the figures closed on the 14th, that
 * assigns work to every unit below the district, so that each of them owes reports.
 */
class DashboardScenario {

	private final RollupScenario rollup;

	DashboardScenario(UnitAdministration units, CampaignPlanning planning, CampaignDirectory campaigns,
			JdbcClient jdbc) {
		this.rollup = new RollupScenario(units, planning, campaigns, jdbc);
	}

	RollupScenario rollup() {
		return rollup;
	}

	/** The ground, with assignments to X1 and X2 due 30/06/2024 and to the others due 31/12/2024. */
	RollupScenario.Ground ground() {
		return rollup.ground(ids -> List.of(new CampaignPlan.AssignmentPlan("Các xã", List.of(ids.get("X1"),
				ids.get("X2")), List.of("Tuyên truyền Nghị quyết"), LocalDate.of(2024, 6, 30)),
				new CampaignPlan.AssignmentPlan("Chi bộ, văn phòng", List.of(ids.get("X1a"), ids.get("X1b"),
						ids.get("X2a"), ids.get("X3")), List.of("Tuyên truyền"), LocalDate.of(2024, 12, 31))));
	}
}
