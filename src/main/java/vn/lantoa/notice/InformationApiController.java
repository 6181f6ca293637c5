package vn.lantoa.notice;

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

import vn.lantoa.shared.Actor;

/** Information from units to the Board through the API (text only; files through the pages). */
@RestController
@RequestMapping("/api/v1/information")
class InformationApiController {

	private static final int SHOWN = 200;

	record InformationRequest(String subject, String content, Boolean needsGuidance) {
	}

	record AnswerRequest(String answer) {
	}

	record Created(long id) {
	}

	private final InformationDesk desk;
	private final InformationQueries queries;

	InformationApiController(InformationDesk desk, InformationQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Information sent by the units of the caller's scope, newest first")
	List<Information> list(Actor actor) {
		return queries.list(actor, SHOWN);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One information item with its files and what became of it")
	Information get(Actor actor, @PathVariable long id) {
		return queries.get(actor, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send information from the caller's unit to the Board, optionally asking for guidance")
	Created send(Actor actor, @RequestBody InformationRequest request) {
		return new Created(desk.send(actor, request.subject(), request.content(), Boolean.TRUE.equals(request.needsGuidance()), List.of()));
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer an information item for the Board (coordinators and admins above the unit)")
	void answer(Actor actor, @PathVariable long id, @RequestBody AnswerRequest request) {
		desk.answer(actor, id, request.answer());
	}
}
