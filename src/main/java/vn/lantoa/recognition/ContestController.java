package vn.lantoa.recognition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The contest pages: list, form, one contest with its participating units, prizes and rules file. */
@Controller
class ContestController {

	static final int BLANK_ROWS = 5;

	private final ContestOffice office;
	private final ContestQueries queries;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final ModelQueries names;

	ContestController(ContestOffice office, ContestQueries queries, CampaignDirectory campaigns, OrgTree tree,
			ModelQueries names) {
		this.office = office;
		this.queries = queries;
		this.campaigns = campaigns;
		this.tree = tree;
		this.names = names;
	}

	@GetMapping("/contests")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Contest.Kind kind,
			@RequestParam(required = false) Contest.Status status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ContestQueries.Filter filter = new ContestQueries.Filter(unitId, campaignId, kind, status, q, page, 25);
		model.addAttribute("filter", filter);
		model.addAttribute("result", queries.find(actor, filter));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("canOrganise", office.canManage(actor, actor.unitId()));
		return "recognition/contests";
	}

	@GetMapping("/contests/new")
	String newContest(Actor actor, @RequestParam(required = false) Long campaignId, Model model) {
		if (!office.canManage(actor, actor.unitId())) {
			throw new OutOfScope();
		}
		List<Campaign> visible = campaigns.visible(actor);
		ContestForm form = new ContestForm();
		form.setOrganiserUnitId(actor.unitId());
		form.setCampaignId(campaignId != null ? campaignId : visible.isEmpty() ? null : visible.get(0).getId());
		if (form.getCampaignId() == null) {
			throw new RecognitionRefused(400, "contest.error.noCampaign");
		}
		Campaign campaign = campaigns.get(actor, form.getCampaignId());
		form.setStartsOn(campaign.getStartsOn());
		form.setEndsOn(campaign.getStartsOn());
		return form(actor, form, model);
	}

	@PostMapping("/contests")
	String announce(Actor actor, @ModelAttribute("form") ContestForm form,
			@RequestParam(name = "rules", required = false) MultipartFile rules, Model model,
			RedirectAttributes flash, HttpServletResponse response) throws IOException {
		try {
			Contest contest = office.announce(actor, form.toDetails(), upload(rules));
			flash.addFlashAttribute("success", "contest.created");
			return "redirect:/contests/" + contest.getId();
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@GetMapping("/contests/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Contest contest = office.get(actor, id);
		model.addAttribute("contest", contest);
		model.addAttribute("organiser", names.unitName(contest.getOrganiserUnitId()));
		model.addAttribute("campaign", campaigns.visible(actor).stream()
			.filter(c -> c.getId() == contest.getCampaignId()).findFirst().orElse(null));
		model.addAttribute("canManage", office.canManage(actor, contest.getOrganiserUnitId()));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active()).toList());
		model.addAttribute("unitNames", unitNames(contest));
		model.addAttribute("blankRows", BLANK_ROWS);
		return "recognition/contest";
	}

	@GetMapping("/contests/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		Contest contest = office.get(actor, id);
		if (!office.canManage(actor, contest.getOrganiserUnitId())) {
			throw new OutOfScope();
		}
		model.addAttribute("contestId", id);
		return form(actor, ContestForm.of(contest, office.themeId(actor, contest)), model);
	}

	@PostMapping("/contests/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") ContestForm form,
			@RequestParam(name = "rules", required = false) MultipartFile rules, Model model,
			RedirectAttributes flash, HttpServletResponse response) throws IOException {
		model.addAttribute("contestId", id);
		try {
			office.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(),
					upload(rules));
			flash.addFlashAttribute("success", "contest.saved");
			return "redirect:/contests/" + id;
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@PostMapping("/contests/{id}/participation")
	String count(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam(name = "unitId", required = false) List<Long> unitIds,
			@RequestParam(name = "participants", required = false) List<Integer> participants,
			@RequestParam(name = "entries", required = false) List<Integer> entries, RedirectAttributes flash) {
		List<Contest.Participation> units = new ArrayList<>();
		for (int i = 0; unitIds != null && i < unitIds.size(); i++) {
			if (unitIds.get(i) != null) {
				units.add(new Contest.Participation(unitIds.get(i), at(participants, i), at(entries, i)));
			}
		}
		office.count(actor, id, version, units);
		flash.addFlashAttribute("success", "contest.counted");
		return "redirect:/contests/" + id;
	}

	@PostMapping("/contests/{id}/results")
	String results(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam(name = "prize", required = false) List<String> prizes,
			@RequestParam(name = "winner", required = false) List<String> winners,
			@RequestParam(name = "prizeUnitId", required = false) List<Long> unitIds,
			@RequestParam(name = "work", required = false) List<String> works, RedirectAttributes flash) {
		List<Contest.Prize> awarded = new ArrayList<>();
		for (int i = 0; prizes != null && i < prizes.size(); i++) {
			String winner = winners != null && i < winners.size() ? winners.get(i) : null;
			if (!prizes.get(i).isBlank() || winner != null && !winner.isBlank()) {
				awarded.add(new Contest.Prize(prizes.get(i), winner, unitIds != null && i < unitIds.size()
						? unitIds.get(i) : null, works != null && i < works.size() ? works.get(i) : null));
			}
		}
		office.announceResults(actor, id, version, awarded);
		flash.addFlashAttribute("success", "contest.resultsSaved");
		return "redirect:/contests/" + id;
	}

	@GetMapping("/contests/{id}/rules")
	ResponseEntity<InputStreamResource> rules(Actor actor, @PathVariable long id) {
		return FileAnswers.download(office.rules(actor, id));
	}

	private static int at(List<Integer> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? 0 : values.get(i);
	}

	private java.util.Map<Long, String> unitNames(Contest contest) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		contest.participationList().forEach(p -> names.put(p.unitId(), this.names.unitName(p.unitId())));
		contest.prizeList().stream().filter(p -> p.unitId() != null)
			.forEach(p -> names.put(p.unitId(), this.names.unitName(p.unitId())));
		return names;
	}

	private static ContestOffice.Upload upload(MultipartFile file) throws IOException {
		byte[] content = FileAnswers.bytes(file);
		return content == null ? null : new ContestOffice.Upload(file.getOriginalFilename(), content);
	}

	private String refused(Actor actor, ContestForm form, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return form(actor, form, model);
	}

	private String form(Actor actor, ContestForm form, Model model) {
		Campaign campaign = campaigns.get(actor, form.getCampaignId());
		model.addAttribute("form", form);
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("themes", campaigns.themes(campaign.getId()));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream()
			.filter(u -> u.active() && tree.contains(campaign.getOwnerUnitId(), u.id())).toList());
		model.addAttribute("kinds", Contest.Kind.values());
		return "recognition/contest-form";
	}
}
