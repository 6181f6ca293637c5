package vn.lantoa.notice;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.OwnTransaction;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/** The notices pages: received and sent, writing one, reading one with its receipts, replying. */
@Controller
class NoticeController {

	private static final int SHOWN = 100;

	private final NoticeDesk desk;
	private final NoticeQueries queries;
	private final OrgTree tree;

	NoticeController(NoticeDesk desk, NoticeQueries queries, OrgTree tree) {
		this.desk = desk;
		this.queries = queries;
		this.tree = tree;
	}

	@GetMapping("/notices")
	String list(Actor actor, Model model) {
		model.addAttribute("received", queries.received(actor, SHOWN));
		model.addAttribute("sent", actor.is(Role.REPORTER) ? List.of() : queries.sent(actor, SHOWN));
		return "notice/list";
	}

	@GetMapping("/notices/new")
	String form(Actor actor, Model model) {
		requireSender(actor);
		model.addAttribute("kinds", Notice.Kind.values());
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("units", tree.subtree(actor.scopeUnitId()));
		return "notice/form";
	}

	@PostMapping("/notices")
	String send(Actor actor, @RequestParam(required = false) Notice.Kind kind, @RequestParam String title,
			@RequestParam String body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
			@RequestParam(name = "unitId", required = false) List<Long> unitIds,
			@RequestParam(name = "unitKind", required = false) List<UnitKind> unitKinds,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes flash) throws IOException {
		try {
			long id = desk.send(actor, new NoticeDraft(kind, title, body, replyBy, unitIds, unitKinds), uploads(files));
			flash.addFlashAttribute("success", "notice.sent");
			return "redirect:/notices/" + id;
		} catch (Refusal e) {
			if (e instanceof OutOfScope) {
				throw e;
			}
			model.addAttribute("formError", e);
			model.addAttribute("draft", new NoticeDraft(kind, title, body, replyBy, unitIds, unitKinds));
			return form(actor, model);
		}
	}

	@GetMapping("/notices/{id}")
	@OwnTransaction
	String show(Actor actor, @PathVariable long id, Model model) {
		Notice notice = queries.get(actor, id);
		boolean recipient = queries.isRecipient(actor, id);
		if (recipient) {
			desk.markRead(actor, id);
		}
		model.addAttribute("notice", notice);
		model.addAttribute("recipient", recipient && !actor.is(Role.LEADER));
		model.addAttribute("receipts", queries.receipts(actor, notice));
		model.addAttribute("replies", queries.replies(actor, notice));
		return "notice/show";
	}

	@PostMapping("/notices/{id}/replies")
	String reply(Actor actor, @PathVariable long id, @RequestParam String body,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, RedirectAttributes flash)
			throws IOException {
		try {
			desk.reply(actor, id, body, uploads(files));
			flash.addFlashAttribute("success", "notice.replied");
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			flash.addFlashAttribute("failure", e.messageKey());
			flash.addFlashAttribute("failureArgs", e.arguments());
		}
		return "redirect:/notices/" + id;
	}

	@GetMapping("/notices/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id, @PathVariable long fileId) {
		return queries.open(actor, id, fileId).attachment();
	}

	private static void requireSender(Actor actor) {
		if (!actor.is(Role.ADMIN) && !actor.is(Role.COORDINATOR)) {
			throw new OutOfScope();
		}
	}

	static List<NoticeDesk.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<NoticeDesk.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file != null && !file.isEmpty()) {
				uploads.add(new NoticeDesk.Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return uploads;
	}
}
