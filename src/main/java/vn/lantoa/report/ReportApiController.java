package vn.lantoa.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/**
 * Reports in the JSON API: the reports owed (opened or not) with their status, one report with its figures and
 * sections, the narrative, the review steps, consolidation, exports, and completeness. Periods are written 2024Q1,
 * 2024M03, 2024S1 or 2024.
 */
@RestController
class ReportApiController {

	record OwedJson(Long id, long campaignId, long unitId, String unitCode, String unitName, String period,
			ReportStatus status, LocalDate deadline, Instant submittedAt, Boolean onTime) {

		static OwedJson of(long campaignId, ReportRegister.Owed o) {
			return new OwedJson(o.reportId(), campaignId, o.unitId(), o.unitCode(), o.unitName(), o.periodKey(),
					o.status(), o.deadline(), o.firstSubmittedAt(), o.onTime());
		}
	}

	record PageJson(List<OwedJson> items, long total, int page, int size) {
	}

	/** One figure: kind ACTIVITIES, MEASURE or EVIDENCE; themeId and channelId 0 mean "all". */
	record FigureJson(Figures.Kind kind, long themeId, long channelId, String measure, BigDecimal value) {

		static List<FigureJson> of(Figures figures) {
			return figures.values().entrySet().stream().map(e -> new FigureJson(e.getKey().kind(),
					e.getKey().themeId(), e.getKey().channelId(), e.getKey().measureCode().isEmpty() ? null
							: e.getKey().measureCode(), e.getValue())).toList();
		}
	}

	record SectionJson(String key, String title, String text) {
	}

	record ReportJson(long id, long campaignId, long unitId, String unitName, String period, boolean consolidated,
			ReportStatus status, LocalDate deadline, Instant submittedAt, Instant lastSubmittedAt, Boolean onTime,
			String number, int version, List<SectionJson> sections, List<String> recipients, String signerAuthority,
			String signerPosition, String signerName, List<FigureJson> figures, List<FigureJson> sinceSubmission,
			String previousPeriod, List<FigureJson> previousFigures, List<ReportView.Event> history) {
	}

	record NarrativeJson(Integer version, String number, String leadership, String results, String assessment,
			String directions, String proposals, List<String> recipients, String signerAuthority,
			String signerPosition, String signerName) {

		Narrative narrative() {
			return new Narrative(number, leadership, results, assessment, directions, proposals,
					recipients == null ? null : String.join("\n", recipients), signerAuthority, signerPosition,
					signerName);
		}
	}

	record DecisionJson(Integer version, String comment) {
	}

	record OpenJson(Long campaignId, Long unitId, String period) {
	}

	record CompletenessJson(String period, LocalDate deadline, int expected, int submitted, int onTime, int returned,
			BigDecimal completeness, BigDecimal timeliness, List<OwedJson> units) {
	}

	private final ReportDesk desk;
	private final ReportRegister register;
	private final OwedReports owed;
	private final ReportExport export;
	private final org.springframework.context.MessageSource messages;

	ReportApiController(ReportDesk desk, ReportRegister register, OwedReports owed, ReportExport export,
			org.springframework.context.MessageSource messages) {
		this.desk = desk;
		this.register = register;
		this.owed = owed;
		this.export = export;
		this.messages = messages;
	}

	@Operation(summary = "The reports owed in a campaign over a subtree, with their status, paginated")
	@GetMapping("/api/v1/reports")
	PageJson list(Actor actor, @RequestParam long campaignId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		int pageSize = Math.max(1, Math.min(size, 1000));
		int pageNumber = Math.max(page, 0);
		OwedReports.Page found = owed.page(actor, campaignId, period, unitId, (long) pageNumber * pageSize, pageSize);
		return new PageJson(found.items().stream().map(o -> OwedJson.of(campaignId, o)).toList(), found.total(),
				pageNumber, pageSize);
	}

	/** Opens a unit's report for a period (or returns the one already opened). */
	@Operation(summary = "Open a unit's report for a period (idempotent)")
	@PostMapping("/api/v1/reports")
	ResponseEntity<ReportJson> open(Actor actor, @RequestBody OpenJson body, Locale locale) {
		Report report = desk.open(actor, required(body.campaignId(), "campaignId"), required(body.unitId(), "unitId"), body.period(), false);
		return ResponseEntity.status(HttpStatus.CREATED).body(json(desk.view(actor, report.getId()), locale));
	}

	@Operation(summary = "Consolidate the approved reports of a subtree into the parent's report")
	@PostMapping("/api/v1/reports/consolidate")
	@ResponseStatus(HttpStatus.CREATED)
	ReportJson consolidate(Actor actor, @RequestBody OpenJson body, Locale locale) {
		Report report = desk.open(actor, required(body.campaignId(), "campaignId"), required(body.unitId(), "unitId"), body.period(), true);
		return json(desk.view(actor, report.getId()), locale);
	}

	@Operation(summary = "One report with its figures and narrative")
	@GetMapping("/api/v1/reports/{id}")
	ReportJson get(Actor actor, @PathVariable long id, Locale locale) {
		return json(desk.view(actor, id), locale);
	}

	@Operation(summary = "Save a draft report's narrative")
	@PutMapping("/api/v1/reports/{id}")
	ReportJson save(Actor actor, @PathVariable long id, @RequestBody NarrativeJson body, Locale locale) {
		desk.save(actor, id, required(body.version(), "version"), body.narrative());
		return json(desk.view(actor, id), locale);
	}

	@Operation(summary = "Submit a report, freezing its figures")
	@PostMapping("/api/v1/reports/{id}/submit")
	ReportJson submit(Actor actor, @PathVariable long id, @RequestBody DecisionJson body, Locale locale) {
		desk.submit(actor, id, required(body.version(), "version"), null);
		return json(desk.view(actor, id), locale);
	}

	@Operation(summary = "Return a submitted report to its unit with a reason")
	@PostMapping("/api/v1/reports/{id}/return")
	ReportJson returnToUnit(Actor actor, @PathVariable long id, @RequestBody DecisionJson body, Locale locale) {
		desk.returnToUnit(actor, id, required(body.version(), "version"), body.comment());
		return json(desk.view(actor, id), locale);
	}

	@Operation(summary = "Approve a submitted report")
	@PostMapping("/api/v1/reports/{id}/approve")
	ReportJson approve(Actor actor, @PathVariable long id, @RequestBody DecisionJson body, Locale locale) {
		desk.approve(actor, id, required(body.version(), "version"));
		return json(desk.view(actor, id), locale);
	}

	@Operation(summary = "Download a report as DOCX, PDF or XLSX")
	@GetMapping("/api/v1/reports/{id}/export")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @RequestParam String format) {
		return ReportExportController.download(export.export(actor, id, format));
	}

	@Operation(summary = "Completeness and timeliness of a period over a subtree")
	@GetMapping("/api/v1/campaigns/{id}/completeness")
	CompletenessJson completeness(Actor actor, @PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) Long unitId) {
		String key = period != null ? period : register.currentPeriod(actor, id);
		ReportRegister.Completeness c = owed.completeness(actor, id, key, unitId);
		return new CompletenessJson(c.periodKey(), c.deadline(), c.expected(), c.submitted(), c.onTime(),
				c.returned(), c.completeness(), c.timeliness(),
				c.units().stream().map(o -> OwedJson.of(id, o)).toList());
	}

	private ReportJson json(ReportView v, Locale locale) {
		Report r = v.report();
		List<SectionJson> sections = java.util.Arrays.stream(Report.Section.values())
			.map(s -> new SectionJson(s.name(), messages.getMessage("report.section." + s.name(), null, locale),
					r.section(s)))
			.toList();
		Narrative n = r.narrative();
		return new ReportJson(r.getId(), r.getCampaignId(), r.getUnitId(), v.unitName(), r.getPeriodKey(),
				r.isConsolidated(), r.getStatus(), v.period().deadline(), r.getFirstSubmittedAt(), r.getSubmittedAt(),
				r.getOnTime(), r.getNumber(), r.getVersion(), sections, r.recipientList(), n.signerAuthority(),
				n.signerPosition(), n.signerName(), FigureJson.of(v.figures()), FigureJson.of(v.sinceSubmission()),
				v.previousKey(), v.previous() == null ? null : FigureJson.of(v.previous()), v.history());
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new Refusal(400, "report.error.required", field);
		}
		return value;
	}
}
