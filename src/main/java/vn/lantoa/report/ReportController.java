package vn.lantoa.report;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/** The report pages: who owes what for a period, one report with its figures, and the review steps. */
@Controller
class ReportController {

	private final ReportDesk desk;
	private final ReportRegister register;
	private final ReportTables tables;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final ReportTally tally;

	ReportController(ReportDesk desk, ReportRegister register, ReportTally tally, ReportTables tables,
			CampaignDirectory campaigns, OrgTree tree) {
		this.tally = tally;
		this.desk = desk;
		this.register = register;
		this.tables = tables;
		this.campaigns = campaigns;
		this.tree = tree;
	}

	/** Owed reports a period's register lists one by one; above it, the register sums them per unit below. */
	static final int LISTED_AT_MOST = 100;

	@GetMapping("/reports")
	String list(Actor actor, @RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String view, Model model) {
		List<Campaign> visible = campaigns.visible(actor);
		model.addAttribute("campaigns", visible);
		if (campaignId == null && visible.isEmpty()) {
			return "report/reports";
		}
		Campaign campaign = campaigns.get(actor, campaignId != null ? campaignId : visible.get(0).getId());
		long top = unitId != null ? unitId : actor.scopeUnitId();
		List<ReportTally.Row> rows = tally.rows(actor, campaign.getId(), top);
		List<ReportPeriod> terms = tally.periods(actor, campaign.getId());
		String chosen = period != null ? period : register.currentPeriod(actor, campaign.getId());
		List<ReportRegister.Completeness> overTime = ReportTally.totals(terms, rows);
		ReportRegister.Completeness completeness = overTime.stream().filter(c -> c.periodKey().equals(chosen))
			.findFirst().orElseThrow(() -> new ReportRefused(404, "report.error.period", chosen));
		model.addAttribute("campaign", campaign);
		model.addAttribute("periods", terms.stream().map(ReportPeriod::key).toList());
		model.addAttribute("period", chosen);
		model.addAttribute("unitId", top);
		model.addAttribute("units", tree.choices(actor.scopeUnitId(), top));
		model.addAttribute("overTime", overTime);
		model.addAttribute("completeness", completeness);
		// a city's reports one by one, or per unit below when asked; a province's or the country's always per unit
		// below, each a link one level down
		boolean listable = completeness.expected() <= LISTED_AT_MOST;
		boolean listed = listable && !"below".equals(view);
		model.addAttribute("listable", listable);
		model.addAttribute("owed", listed ? register.completeness(actor, campaign.getId(), chosen, top).units()
				: List.of());
		model.addAttribute("below", listed ? List.of()
				: rows.stream().filter(r -> r.periodKey().equals(chosen)).toList());
		model.addAttribute("consolidated", register.consolidated(campaign.getId(), top, chosen).orElse(null));
		model.addAttribute("canConsolidate", actor.writeAccess()
				&& (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)));
		return "report/reports";
	}

	/** Opens the unit's report for the period (a draft when nobody has yet) and shows it. */
	@PostMapping("/reports/open")
	String open(Actor actor, @RequestParam long campaignId, @RequestParam long unitId, @RequestParam String period,
			@RequestParam(defaultValue = "false") boolean consolidated) {
		return "redirect:/reports/" + desk.open(actor, campaignId, unitId, period, consolidated).getId();
	}

	@GetMapping("/reports/{id}")
	String show(Actor actor, @PathVariable long id, Model model, Locale locale) {
		return page(actor, desk.view(actor, id), null, model, locale);
	}

	@PostMapping("/reports/{id}")
	String write(Actor actor, @PathVariable long id, @ModelAttribute NarrativeForm form,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			if ("submit".equals(action)) {
				desk.submit(actor, id, form.version(), form.narrative());
				flash.addFlashAttribute("success", "report.submitted");
			} else {
				desk.save(actor, id, form.version(), form.narrative());
				flash.addFlashAttribute("success", "report.saved");
			}
			return "redirect:/reports/" + id;
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			response.setStatus(e.status());
			model.addAttribute("refusal", e);
			return page(actor, desk.view(actor, id), form.narrative(), model, locale);
		}
	}

	@PostMapping("/reports/{id}/return")
	String returnToUnit(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		desk.returnToUnit(actor, id, version, comment);
		flash.addFlashAttribute("success", "report.returned");
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/approve")
	String approve(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		desk.approve(actor, id, version);
		flash.addFlashAttribute("success", "report.approved");
		return "redirect:/reports/" + id;
	}

	private String page(Actor actor, ReportView view, Narrative edited, Model model, Locale locale) {
		model.addAttribute("view", view);
		model.addAttribute("report", view.report());
		model.addAttribute("narrative", edited != null ? edited : view.report().narrative());
		model.addAttribute("sections", Report.Section.values());
		model.addAttribute("rows", tables.figures(view, locale));
		model.addAttribute("matrix", tables.themes(view));
		model.addAttribute("annex", tables.annex(view, locale));
		return "report/report";
	}

	/** The narrative fields of the report form. */
	record NarrativeForm(Integer version, String number, String leadership, String results, String assessment,
			String directions, String proposals, String recipients, String signerAuthority, String signerPosition,
			String signerName) {

		Narrative narrative() {
			return new Narrative(number, leadership, results, assessment, directions, proposals, recipients,
					signerAuthority, signerPosition, signerName);
		}

		@Override
		public Integer version() {
			return version == null ? -1 : version;
		}
	}
}
