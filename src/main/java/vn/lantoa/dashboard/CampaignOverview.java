package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.dashboard.DashboardFigures.ReportState;
import vn.lantoa.org.OrgTree;
import vn.lantoa.report.ReportRegister;
import vn.lantoa.report.ReportTally;
import vn.lantoa.report.ReportStatus;
import vn.lantoa.shared.Actor;

/**
 * What the home page shows of the campaigns: to leaders and coordinators, a card per campaign that concerns them
 * (the current period's completeness and timeliness, overdue assignments, a link to its dashboard); to a unit's
 * reporters, the reports their unit owes, with deadlines and where each stands.
 */
@Service
public class CampaignOverview {

	/** One campaign's card: its current period and how its subtree stands in it. */
	public record Card(long campaignId, String title, String period, LocalDate deadline, int expected, int submitted,
			BigDecimal completeness, BigDecimal timeliness, long overdue) {
	}

	/** A report the actor's unit owes (or owed in the current period). */
	public record Due(long campaignId, String campaignTitle, String period, LocalDate deadline, Long reportId,
			ReportStatus status, ReportState state) {
	}

	static final int CARDS_SHOWN = 6;
	static final int DUES_SHOWN = 10;
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CampaignDirectory campaigns;
	private final ReportRegister register;
	private final ReportTally tally;
	private final OrgTree tree;
	private final Clock clock;

	CampaignOverview(CampaignDirectory campaigns, ReportRegister register, ReportTally tally, OrgTree tree,
			Clock clock) {
		this.tally = tally;
		this.campaigns = campaigns;
		this.register = register;
		this.tree = tree;
		this.clock = clock;
	}

	/** The active campaigns that concern the actor's subtree, the latest first, each with its current period. */
	@Transactional(readOnly = true)
	public List<Card> cards(Actor actor) {
		List<Card> cards = new ArrayList<>();
		for (Campaign c : active(actor)) {
			if (cards.size() == CARDS_SHOWN) {
				break;
			}
			String period = register.currentPeriod(actor, c.getId());
			ReportRegister.Completeness now = ReportTally.totals(tally.periods(actor, c.getId()),
					tally.rows(actor, c.getId(), actor.scopeUnitId(), period)).stream()
				.filter(t -> t.periodKey().equals(period)).findFirst().orElseThrow();
			long overdue = campaigns.overdue(actor, c.getId());
			cards.add(new Card(c.getId(), c.getTitle(), period, now.deadline(), now.expected(), now.submitted(),
					now.completeness(), now.timeliness(), overdue));
		}
		return cards;
	}

	/**
	 * The reports the actor's own unit owes: those not yet submitted up to the current period, and the current
	 * period's whatever its state, the earliest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<Due> dues(Actor actor) {
		if (!tree.canSee(actor, actor.unitId())) {
			return List.of();
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		List<Due> dues = new ArrayList<>();
		for (Campaign c : active(actor)) {
			String current = register.currentPeriod(actor, c.getId());
			List<ReportRegister.Owed> owed = tally.own(actor, c.getId(), actor.unitId());
			LocalDate until = owed.stream().filter(o -> o.periodKey().equals(current)).map(ReportRegister.Owed::deadline)
				.findFirst().orElse(today);
			for (ReportRegister.Owed o : owed) {
				boolean open = !o.status().submitted() && !o.deadline().isAfter(until);
				if (open || o.periodKey().equals(current)) {
					dues.add(new Due(c.getId(), c.getTitle(), o.periodKey(), o.deadline(), o.reportId(), o.status(),
							Dashboard.state(o, today)));
				}
			}
		}
		return dues.stream().sorted(Comparator.comparing(Due::deadline)).limit(DUES_SHOWN).toList();
	}

	private List<Campaign> active(Actor actor) {
		return campaigns.visible(actor).stream().filter(c -> c.getStatus() == Campaign.Status.ACTIVE).toList();
	}
}
