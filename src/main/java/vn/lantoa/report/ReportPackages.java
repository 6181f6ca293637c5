package vn.lantoa.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.report.Figures.Key;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/**
 * Report exchange with the level above: a report leaves one Lan Tỏa instance as a ZIP package (the report as JSON,
 * its DOCX and PDF, and a manifest with the SHA-256 of each) and enters the upper level's instance as a submitted
 * report of the sending unit, mapped by unit code, in the campaign the importer chooses, themes and channels by
 * their position. A package whose files do not match its manifest is refused; the same package imported twice
 * gives the same report.
 */
@Service
public class ReportPackages {

	static final String FORMAT = "lantoa-report/1";
	private static final int MAX_ENTRY = 50 * 1024 * 1024;

	/** What a package says about a report. Figures name themes and channels by position (0 = all). */
	record Payload(String format, String unitCode, String unitName, String campaignTitle, String period,
			boolean consolidated, String number, Map<String, String> sections, List<String> recipients,
			String signerAuthority, String signerPosition, String signerName, Instant submittedAt, Boolean onTime,
			List<FigureEntry> figures) {
	}

	record FigureEntry(Figures.Kind kind, int theme, int channel, String measure, BigDecimal value) {
	}

	record Manifest(String format, Map<String, String> files) {
	}

	/** A package file: its name and bytes. */
	public record Package(String filename, byte[] content) {
	}

	private final ReportDesk desk;
	private final ReportExport export;
	private final Reports reports;
	private final FigureStore figures;
	private final CampaignDirectory campaigns;
	private final CampaignPeriods periods;
	private final OrgUnits units;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final ReportChanges changes;

	ReportPackages(ReportDesk desk, ReportExport export, Reports reports, FigureStore figures,
			CampaignDirectory campaigns, CampaignPeriods periods, OrgUnits units, OrgTree tree, AuditTrail audit,
			JdbcClient jdbc, JsonMapper json, Clock clock, ReportChanges changes) {
		this.changes = changes;
		this.desk = desk;
		this.export = export;
		this.reports = reports;
		this.figures = figures;
		this.campaigns = campaigns;
		this.periods = periods;
		this.units = units;
		this.tree = tree;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The package of a submitted or approved report. */
	@Transactional(readOnly = true)
	public Package pack(Actor actor, long reportId) {
		ReportView view = desk.view(actor, reportId);
		Report r = view.report();
		if (!r.getStatus().submitted()) {
			throw new ReportRefused(409, "report.error.packageNotSubmitted");
		}
		OrgUnit unit = units.findById(r.getUnitId()).orElseThrow();
		Map<Long, Integer> themes = new TreeMap<>();
		campaigns.themes(r.getCampaignId()).forEach(t -> themes.put(t.id(), t.position()));
		Map<Long, Integer> channels = new TreeMap<>();
		campaigns.channels(r.getCampaignId()).forEach(c -> channels.put(c.id(), c.position()));
		List<FigureEntry> entries = new ArrayList<>();
		view.figures().values().forEach((k, v) -> entries.add(new FigureEntry(k.kind(),
				k.themeId() == 0 ? 0 : themes.get(k.themeId()), k.channelId() == 0 ? 0 : channels.get(k.channelId()),
				k.measureCode(), v)));
		Map<String, String> sections = new LinkedHashMap<>();
		for (Report.Section s : Report.Section.values()) {
			sections.put(s.name(), r.section(s));
		}
		Narrative n = r.narrative();
		Payload payload = new Payload(FORMAT, unit.getCode(), unit.getName(), view.campaign().getTitle(),
				r.getPeriodKey(), r.isConsolidated(), r.getNumber(), sections, r.recipientList(), n.signerAuthority(),
				n.signerPosition(), n.signerName(), r.getFirstSubmittedAt(), r.getOnTime(), entries);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("report.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(payload));
		files.put("report.docx", export.export(actor, reportId, "docx").content());
		files.put("report.pdf", export.export(actor, reportId, "pdf").content());
		Map<String, String> sums = new LinkedHashMap<>();
		files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "manifest.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Manifest(FORMAT,
					sums)));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				put(zip, file.getKey(), file.getValue());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Package("bao-cao-" + unit.getCode() + "-" + r.getPeriodKey() + ".zip", out.toByteArray());
	}

	/**
	 * Imports a package into a campaign of the importer's: the report of the sending unit (by its code) for the
	 * package's period, submitted, with its figures and narrative. Returns the report; the same package again
	 * returns the same report.
	 */
	@Transactional
	public Report receive(Actor actor, long campaignId, byte[] zip) {
		if (!actor.writeAccess() || !(actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN))) {
			throw new OutOfScope();
		}
		Campaign campaign = campaigns.get(actor, campaignId);
		Map<String, byte[]> files = unzip(zip);
		byte[] manifestBytes = files.get("manifest.json");
		if (manifestBytes == null) {
			throw new ReportRefused(400, "report.error.package");
		}
		Manifest manifest = read(manifestBytes, Manifest.class);
		if (!FORMAT.equals(manifest.format()) || manifest.files() == null || !manifest.files().containsKey("report.json")
				|| !manifest.files().keySet().equals(withoutManifest(files))) {
			throw new ReportRefused(400, "report.error.package");
		}
		for (Map.Entry<String, String> f : manifest.files().entrySet()) {
			if (!sha256(files.get(f.getKey())).equals(f.getValue())) {
				throw new ReportRefused(400, "report.error.packageChecksum", f.getKey());
			}
		}
		String packageSum = sha256(manifestBytes);
		Optional<Report> same = jdbc.sql("select id from report where package_sha256 = ?").param(packageSum)
			.query(Long.class).optional().flatMap(reports::findById);
		if (same.isPresent()) {
			return same.get();
		}
		Payload p = read(files.get("report.json"), Payload.class);
		if (!FORMAT.equals(p.format()) || p.unitCode() == null || p.period() == null || p.figures() == null) {
			throw new ReportRefused(400, "report.error.package");
		}
		OrgUnit unit = units.findByCode(p.unitCode())
			.orElseThrow(() -> new ReportRefused(400, "report.error.packageUnit", p.unitCode()));
		if (!tree.canSee(actor, unit.getId()) || actor.scopeUnitId() == unit.getId()) {
			throw new ReportRefused(403, "report.error.packageUnitScope", p.unitCode());
		}
		ReportPeriod period = periods.find(campaign, p.period());
		Figures mapped = map(campaign, p.figures());
		Optional<Report> existing = reports.findByCampaignIdAndUnitIdAndPeriodKeyAndConsolidated(campaignId,
				unit.getId(), period.key(), p.consolidated());
		if (existing.isPresent() && existing.get().getStatus() == ReportStatus.APPROVED) {
			throw new ReportRefused(409, "report.error.packageApproved");
		}
		Instant now = clock.instant();
		Report report = existing.orElseGet(() -> Report.open(campaignId, unit.getId(), period.key(), p.consolidated(),
				period.deadline(), Narrative.empty(), actor.username(), now));
		Map<String, Object> before = report.getId() == null ? Map.of() : report.snapshot();
		Map<String, String> s = p.sections() == null ? Map.of() : p.sections();
		report.write(new Narrative(p.number(), s.get("LEADERSHIP"), s.get("RESULTS"), s.get("ASSESSMENT"),
				s.get("DIRECTIONS"), s.get("PROPOSALS"), p.recipients() == null ? null : String.join("\n",
						p.recipients()), p.signerAuthority(), p.signerPosition(), p.signerName()), now);
		report.receive(p.submittedAt() == null ? now : p.submittedAt(), period.deadline(), now);
		Report saved = reports.save(report);
		jdbc.sql("update report set package_sha256 = ? where id = ?").params(packageSum, saved.getId()).update();
		figures.freeze(saved.getId(), mapped);
		jdbc.sql("insert into report_event (report_id, action, actor, comment, at) values (?, 'IMPORT', ?, ?, ?)")
			.params(saved.getId(), actor.username(), packageSum, Timestamp.from(now)).update();
		audit.record("report", saved.getId(), "IMPORT", before, saved.snapshot(), unit.getId());
		changes.bump(saved.getUnitId());
		return reports.findById(saved.getId()).orElseThrow();
	}

	private Figures map(Campaign campaign, List<FigureEntry> entries) {
		Map<Integer, Long> themes = new TreeMap<>();
		campaigns.themes(campaign.getId()).forEach(t -> themes.put(t.position(), t.id()));
		Map<Integer, Long> channels = new TreeMap<>();
		campaigns.channels(campaign.getId()).forEach(c -> channels.put(c.position(), c.id()));
		Map<Key, BigDecimal> values = new TreeMap<>();
		for (FigureEntry e : entries) {
			Long theme = e.theme() == 0 ? Long.valueOf(0) : themes.get(e.theme());
			Long channel = e.channel() == 0 ? Long.valueOf(0) : channels.get(e.channel());
			if (theme == null || channel == null || e.kind() == null || e.value() == null) {
				throw new ReportRefused(400, "report.error.packageStructure");
			}
			values.merge(new Key(e.kind(), theme, channel, e.measure()), e.value(), BigDecimal::add);
		}
		return new Figures(values);
	}

	private static java.util.Set<String> withoutManifest(Map<String, byte[]> files) {
		java.util.Set<String> names = new java.util.TreeSet<>(files.keySet());
		names.remove("manifest.json");
		return names;
	}

	private <T> T read(byte[] bytes, Class<T> type) {
		try {
			return json.readValue(bytes, type);
		} catch (JacksonException e) {
			throw new ReportRefused(400, "report.error.package");
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName();
				if (entry.isDirectory() || name.contains("/") || name.contains("\\") || files.containsKey(name)
						|| files.size() > 10) {
					throw new ReportRefused(400, "report.error.package");
				}
				byte[] bytes = in.readNBytes(MAX_ENTRY + 1);
				if (bytes.length > MAX_ENTRY) {
					throw new ReportRefused(400, "report.error.package");
				}
				files.put(name, bytes);
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new ReportRefused(400, "report.error.package");
		}
		if (files.isEmpty()) {
			throw new ReportRefused(400, "report.error.package");
		}
		return files;
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
