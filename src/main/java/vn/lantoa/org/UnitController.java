package vn.lantoa.org;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.CsvFiles;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.RowErrors;
import vn.lantoa.shared.VietnameseText;

/** The pages of the organisation tree. */
@Controller
@RequestMapping("/units")
class UnitController {

	private final OrgTree tree;
	private final UnitAdministration administration;
	private final UnitCsv csv;

	UnitController(OrgTree tree, UnitAdministration administration, UnitCsv csv) {
		this.tree = tree;
		this.administration = administration;
		this.csv = csv;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) String q, Model model) {
		List<UnitView> units = tree.subtree(actor.scopeUnitId());
		if (q != null && !q.isBlank()) {
			String folded = VietnameseText.fold(q);
			units = units.stream().filter(u -> VietnameseText.fold(u.name() + " " + u.code()).contains(folded))
				.toList();
		}
		model.addAttribute("units", units);
		model.addAttribute("q", q);
		return "org/units";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		OrgUnit unit = administration.get(actor, id);
		model.addAttribute("unit", unit);
		model.addAttribute("path", tree.pathTo(id));
		model.addAttribute("children", tree.subtree(id).stream().filter(u -> u.depth() == 1).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitForm.of(unit));
		}
		model.addAttribute("parents", tree.subtree(actor.scopeUnitId()));
		return "org/unit";
	}

	@GetMapping("/new")
	String newUnit(Actor actor, @RequestParam long parentId, Model model) {
		administration.requireAdminOver(actor, parentId);
		model.addAttribute("form", UnitForm.empty(parentId));
		model.addAttribute("parents", tree.subtree(actor.scopeUnitId()));
		return "org/new-unit";
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (form.parentId() == null) {
			errors.rejectValue("parentId", "NotNull");
		}
		if (!errors.hasErrors()) {
			try {
				OrgUnit unit = administration.create(actor, form.parentId(), form.code(), form.name(), form.kind());
				flash.addFlashAttribute("success", "unit.created");
				return "redirect:/units/" + unit.getId();
			} catch (DuplicateUnitCode e) {
				errors.rejectValue("code", e.messageKey(), e.arguments(), null);
			}
		}
		model.addAttribute("parents", tree.subtree(actor.scopeUnitId()));
		return "org/new-unit";
	}

	@PostMapping("/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				administration.describe(actor, id, version(form), form.code(), form.name(), form.kind());
				flash.addFlashAttribute("success", "unit.saved");
				return "redirect:/units/" + id;
			} catch (DuplicateUnitCode e) {
				errors.rejectValue("code", e.messageKey(), e.arguments(), null);
			}
		}
		return show(actor, id, model);
	}

	@PostMapping("/{id}/move")
	String move(Actor actor, @PathVariable long id, @RequestParam long parentId, @RequestParam int version,
			RedirectAttributes flash) {
		administration.move(actor, id, version, parentId);
		flash.addFlashAttribute("success", "unit.moved");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		administration.deactivate(actor, id, version);
		flash.addFlashAttribute("success", "unit.deactivated");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		administration.activate(actor, id, version);
		flash.addFlashAttribute("success", "unit.activated");
		return "redirect:/units/" + id;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(Actor actor) {
		return CsvFiles.download("don-vi.csv", csv.export(actor));
	}

	@GetMapping("/import")
	String importForm(Actor actor) {
		administration.requireAdminOver(actor, actor.scopeUnitId());
		return "org/import";
	}

	@PostMapping("/import")
	String importFile(Actor actor, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash)
			throws java.io.IOException {
		administration.requireAdminOver(actor, actor.scopeUnitId());
		try {
			int count = csv.importCsv(actor, CsvFiles.text(file));
			flash.addFlashAttribute("success", "import.done");
			flash.addFlashAttribute("successArgs", new Object[] { count });
			return "redirect:/units";
		} catch (RowErrors e) {
			model.addAttribute("rowErrors", e.errors());
			return "org/import";
		} catch (Refusal e) {
			if (e.status() == 403) {
				throw e;
			}
			model.addAttribute("refusal", e);
			return "org/import";
		}
	}

	private static int version(UnitForm form) {
		if (form.version() == null) {
			throw new Refusal(400, "error.badRequest");
		}
		return form.version();
	}
}
