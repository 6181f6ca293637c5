package vn.lantoa.recognition;

import java.io.IOException;
import java.time.LocalDate;

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
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The press-award entry pages: list by award year, form, one entry and its steps. */
@Controller
class AwardEntryController {

	private final AwardNominations nominations;
	private final AwardQueries queries;
	private final OrgTree tree;
	private final ModelQueries names;

	AwardEntryController(AwardNominations nominations, AwardQueries queries, OrgTree tree, ModelQueries names) {
		this.nominations = nominations;
		this.queries = queries;
		this.tree = tree;
		this.names = names;
	}

	@GetMapping("/award-entries")
	String list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer awardYear,
			@RequestParam(required = false) AwardEntry.Status status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AwardQueries.Filter filter = new AwardQueries.Filter(unitId, awardYear, status, q, page, 25);
		if (unitId != null) {
			tree.requireVisible(actor, unitId);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("result", queries.find(actor, filter));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		model.addAttribute("canPrepare", nominations.canPrepare(actor, actor.unitId()));
		return "recognition/award-entries";
	}

	@GetMapping("/award-entries/new")
	String newEntry(Actor actor, Model model) {
		if (!nominations.canPrepare(actor, actor.unitId())) {
			throw new OutOfScope();
		}
		AwardForm form = new AwardForm();
		form.setUnitId(actor.unitId());
		form.setAwardYear(LocalDate.now().getYear());
		return form(actor, form, model);
	}

	@PostMapping("/award-entries")
	String prepare(Actor actor, @ModelAttribute("form") AwardForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash,
			HttpServletResponse response) throws IOException {
		try {
			AwardEntry entry = nominations.prepare(actor, form.toDetails(), upload(file));
			flash.addFlashAttribute("success", "award.created");
			return "redirect:/award-entries/" + entry.getId();
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@GetMapping("/award-entries/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		AwardEntry entry = nominations.get(actor, id);
		model.addAttribute("entry", entry);
		model.addAttribute("unitName", names.unitName(entry.getUnitId()));
		model.addAttribute("canPrepare", nominations.canPrepare(actor, entry.getUnitId()));
		model.addAttribute("canJudge", nominations.canJudge(actor, entry.getUnitId()));
		model.addAttribute("prizes", AwardEntry.Prize.values());
		return "recognition/award-entry";
	}

	@GetMapping("/award-entries/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		AwardEntry entry = nominations.get(actor, id);
		if (!nominations.canPrepare(actor, entry.getUnitId())) {
			throw new OutOfScope();
		}
		model.addAttribute("entryId", id);
		return form(actor, AwardForm.of(entry), model);
	}

	@PostMapping("/award-entries/{id}")
	String update(Actor actor, @PathVariable long id, @ModelAttribute("form") AwardForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash,
			HttpServletResponse response) throws IOException {
		model.addAttribute("entryId", id);
		try {
			nominations.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(),
					upload(file));
			flash.addFlashAttribute("success", "award.saved");
			return "redirect:/award-entries/" + id;
		} catch (Refusal e) {
			return refused(actor, form, e, model, response);
		}
	}

	@PostMapping("/award-entries/{id}/submit")
	String submit(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		nominations.submit(actor, id, version);
		return done(flash, id, "award.submitted");
	}

	@PostMapping("/award-entries/{id}/shortlist")
	String shortlist(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		nominations.shortlist(actor, id, version);
		return done(flash, id, "award.shortlisted");
	}

	@PostMapping("/award-entries/{id}/award")
	String award(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) AwardEntry.Prize prize, RedirectAttributes flash) {
		nominations.award(actor, id, version, prize);
		return done(flash, id, "award.awarded");
	}

	@GetMapping("/award-entries/{id}/file")
	ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id) {
		return FileAnswers.download(nominations.file(actor, id));
	}

	private static String done(RedirectAttributes flash, long id, String message) {
		flash.addFlashAttribute("success", message);
		return "redirect:/award-entries/" + id;
	}

	private static ContestOffice.Upload upload(MultipartFile file) throws IOException {
		byte[] content = FileAnswers.bytes(file);
		return content == null ? null : new ContestOffice.Upload(file.getOriginalFilename(), content);
	}

	private String refused(Actor actor, AwardForm form, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return form(actor, form, model);
	}

	private String form(Actor actor, AwardForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()).stream().filter(u -> u.active()).toList());
		return "recognition/award-form";
	}
}
