package vn.lantoa.notice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OwnTransaction;
import vn.lantoa.shared.Role;

/** Notices through the API: lists, one notice with its receipts and replies, sending, replying (text only). */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApiController {

	private static final int SHOWN = 200;

	record NoticeRequest(Notice.Kind kind, String title, String body, LocalDate replyBy, List<Long> unitIds,
			List<UnitKind> unitKinds) {
	}

	record ReplyRequest(String body) {
	}

	record Boxes(List<Notice.Line> received, List<Notice.Line> sent) {
	}

	record NoticeDetail(Notice notice, boolean recipient, List<Notice.Receipt> receipts, List<Notice.Reply> replies) {
	}

	record Created(long id) {
	}

	private final NoticeDesk desk;
	private final NoticeQueries queries;

	NoticeApiController(NoticeDesk desk, NoticeQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Notices the caller's unit received, and those sent from the caller's scope")
	Boxes list(Actor actor) {
		return new Boxes(queries.received(actor, SHOWN),
				actor.is(Role.REPORTER) ? List.of() : queries.sent(actor, SHOWN));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a notice to units and kinds of unit of the caller's scope (coordinators, admins)")
	Created send(Actor actor, @RequestBody NoticeRequest request) {
		return new Created(desk.send(actor, new NoticeDraft(request.kind(), request.title(), request.body(),
				request.replyBy(), request.unitIds(), request.unitKinds()), List.of()));
	}

	@GetMapping("/{id}")
	@OwnTransaction
	@Operation(summary = "One notice with the receipts and replies the caller may see; a recipient's read receipt")
	NoticeDetail get(Actor actor, @PathVariable long id) {
		Notice notice = queries.get(actor, id);
		boolean recipient = queries.isRecipient(actor, id);
		if (recipient && actor.writeAccess()) {
			desk.markRead(actor, id);
		}
		return new NoticeDetail(notice, recipient, queries.receipts(actor, notice), queries.replies(actor, notice));
	}

	@PostMapping("/{id}/replies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply for the caller's unit, a recipient of the notice")
	Created reply(Actor actor, @PathVariable long id, @RequestBody ReplyRequest request) {
		return new Created(desk.reply(actor, id, request.body(), List.of()));
	}
}
