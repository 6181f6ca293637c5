package vn.lantoa.security;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/** Reports for the access checks: a draft of a unit in a fresh campaign, or one submitted and awaiting review. */
final class ReportFixtures {

	/** A report, its campaign and version. */
	record Opened(long id, long campaignId, long unitId, int version) {
	}

	/** A report's package and a campaign to receive it into (the report's own, which concerns its unit). */
	record Packed(byte[] content, long campaignId) {
	}

	static final String PERIOD = "2026Q1";

	private final WorkFixtures work;
	private final ReportDesk desk;
	private final vn.lantoa.report.ReportPackages packages;
	private final JdbcClient jdbc;

	ReportFixtures(WorkFixtures work, ReportDesk desk, vn.lantoa.report.ReportPackages packages, JdbcClient jdbc) {
		this.work = work;
		this.desk = desk;
		this.packages = packages;
		this.jdbc = jdbc;
	}

	/** A submitted report of the unit, packaged; importing it (into its own campaign) makes a new import each time. */
	Packed packed(long unitId) {
		Opened report = submitted(unitId);
		return new Packed(packages.pack(admin(), report.id()).content(), report.campaignId());
	}

	Opened draft(long unitId) {
		WorkFixtures.Task task = work.task(unitId);
		Report report = desk.open(admin(), task.campaignId(), unitId, PERIOD, false);
		return new Opened(report.getId(), task.campaignId(), unitId, report.getVersion());
	}

	Opened submitted(long unitId) {
		Opened draft = draft(unitId);
		Report report = desk.submit(admin(), draft.id(), draft.version(), null);
		return new Opened(report.getId(), draft.campaignId(), unitId, report.getVersion());
	}

	private Actor admin() {
		long id = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long province = jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
		return new Actor(id, "admin", "admin", Role.ADMIN, province, province, true);
	}
}
