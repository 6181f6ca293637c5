package vn.lantoa.account;

import java.util.HashMap;
import java.util.Map;

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
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.CsvFiles;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.RowErrors;

/** Account administration pages (admins only, inside their subtree). */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountAdministration administration;
	private final AccountCsv csv;
	private final OrgTree tree;

	AccountController(AccountAdministration administration, AccountCsv csv, OrgTree tree) {
		this.administration = administration;
		this.csv = csv;
		this.tree = tree;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("accounts", administration.visible(actor));
		model.addAttribute("unitNames", unitNames(actor));
		return "account/accounts";
	}

	@GetMapping("/new")
	String newAccount(Actor actor, Model model) {
		model.addAttribute("form", AccountForm.empty(actor.unitId()));
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		return "account/new-account";
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Account account = administration.open(actor, form.toDetails(), form.password());
				flash.addFlashAttribute("success", "account.created");
				return "redirect:/accounts/" + account.getId();
			} catch (Refusal e) {
				if (e.status() == 403) {
					throw e;
				}
				errors.reject(e.messageKey(), e.arguments(), null);
			}
		}
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		return "account/new-account";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Account account = administration.get(actor, id);
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.of(account));
		}
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		return "account/account";
	}

	@PostMapping("/{id}")
	String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				int version = form.version() == null ? -1 : form.version();
				administration.describe(actor, id, version, form.toDetails());
				flash.addFlashAttribute("success", "account.saved");
				return "redirect:/accounts/" + id;
			} catch (Refusal e) {
				if (e.status() == 403 || e.status() == 404) {
					throw e;
				}
				errors.reject(e.messageKey(), e.arguments(), null);
			}
		}
		return show(actor, id, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(Actor actor, @PathVariable long id, @RequestParam String password,
			RedirectAttributes flash) {
		administration.resetPassword(actor, id, password);
		flash.addFlashAttribute("success", "account.passwordReset");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		administration.deactivate(actor, id, version);
		flash.addFlashAttribute("success", "account.deactivated");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(Actor actor, @PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
		administration.activate(actor, id, version);
		flash.addFlashAttribute("success", "account.activated");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(Actor actor, @PathVariable long id, RedirectAttributes flash) {
		administration.unlock(actor, id);
		flash.addFlashAttribute("success", "account.unlocked");
		return "redirect:/accounts/" + id;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(Actor actor) {
		return CsvFiles.download("tai-khoan.csv", csv.export(actor));
	}

	@GetMapping("/import")
	String importForm() {
		return "account/import";
	}

	@PostMapping("/import")
	String importFile(Actor actor, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash)
			throws java.io.IOException {
		try {
			int count = csv.importCsv(actor, CsvFiles.text(file));
			flash.addFlashAttribute("success", "import.done");
			flash.addFlashAttribute("successArgs", new Object[] { count });
			return "redirect:/accounts";
		} catch (RowErrors e) {
			model.addAttribute("rowErrors", e.errors());
		} catch (Refusal e) {
			if (e.status() == 403) {
				throw e;
			}
			model.addAttribute("refusal", e);
		}
		return "account/import";
	}

	private Map<Long, String> unitNames(Actor actor) {
		Map<Long, String> names = new HashMap<>();
		for (UnitView unit : tree.subtree(actor.scopeUnitId())) {
			names.put(unit.id(), unit.name());
		}
		return names;
	}
}
