package vn.lantoa.notice;

import java.io.IOException;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/** Information from units to the Board: the list of the scope, sending one, answering or turning it into a notice. */
@Controller
class InformationController {

	private static final int SHOWN = 100;

	private final InformationDesk desk;
	private final InformationQueries queries;

	InformationController(InformationDesk desk, InformationQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@GetMapping("/information")
	String list(Actor actor, Model model) {
		model.addAttribute("items", queries.list(actor, SHOWN));
		return "notice/information-list";
	}

	@GetMapping("/information/new")
	String form(Actor actor) {
		if (actor.is(Role.LEADER)) {
			throw new OutOfScope();
		}
		return "notice/information-form";
	}

	@PostMapping("/information")
	String send(Actor actor, @RequestParam String subject, @RequestParam String content,
			@RequestParam(defaultValue = "false") boolean needsGuidance,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes flash) throws IOException {
		try {
			long id = desk.send(actor, subject, content, needsGuidance, NoticeController.uploads(files));
			flash.addFlashAttribute("success", "information.sent");
			return "redirect:/information/" + id;
		} catch (Refusal e) {
			if (e.status() == 403) {
				throw e;
			}
			model.addAttribute("formError", e);
			model.addAttribute("subject", subject);
			model.addAttribute("content", content);
			return "notice/information-form";
		}
	}

	@GetMapping("/information/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Information item = queries.get(actor, id);
		model.addAttribute("item", item);
		model.addAttribute("board", queries.isBoard(actor, item) && item.status() == Information.Status.NEW);
		model.addAttribute("kinds", Notice.Kind.values());
		model.addAttribute("unitKinds", UnitKind.values());
		return "notice/information-show";
	}

	@PostMapping("/information/{id}/answer")
	String answer(Actor actor, @PathVariable long id, @RequestParam String answer, RedirectAttributes flash) {
		try {
			desk.answer(actor, id, answer);
			flash.addFlashAttribute("success", "information.answered");
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			flash.addFlashAttribute("failure", e.messageKey());
			flash.addFlashAttribute("failureArgs", e.arguments());
		}
		return "redirect:/information/" + id;
	}

	@PostMapping("/information/{id}/notice")
	String turnIntoNotice(Actor actor, @PathVariable long id, @RequestParam(required = false) Notice.Kind kind,
			@RequestParam String title, @RequestParam String body,
			@RequestParam(name = "unitKind", required = false) List<UnitKind> unitKinds, RedirectAttributes flash) {
		try {
			long notice = desk.turnIntoNotice(actor, id, kind, title, body, unitKinds);
			flash.addFlashAttribute("success", "notice.sent");
			return "redirect:/notices/" + notice;
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			flash.addFlashAttribute("failure", e.messageKey());
			flash.addFlashAttribute("failureArgs", e.arguments());
			return "redirect:/information/" + id;
		}
	}

	@GetMapping("/information/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id, @PathVariable long fileId) {
		return queries.open(actor, id, fileId).attachment();
	}
}
