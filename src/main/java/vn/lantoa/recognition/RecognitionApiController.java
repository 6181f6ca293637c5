package vn.lantoa.recognition;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.org.OrgTree;
import vn.lantoa.recognition.RecognitionJson.AwardEntryJson;
import vn.lantoa.recognition.RecognitionJson.ContestJson;
import vn.lantoa.recognition.RecognitionJson.ModelJson;
import vn.lantoa.recognition.RecognitionJson.PageJson;
import vn.lantoa.shared.Actor;

/** Exemplary models, contests and press-award entries in the JSON API: filtered pages, one item, creation. */
@RestController
@RequestMapping("/api/v1")
class RecognitionApiController {

	private final ModelRegistry models;
	private final ModelQueries modelQueries;
	private final ContestOffice contests;
	private final ContestQueries contestQueries;
	private final AwardNominations awards;
	private final AwardQueries awardQueries;
	private final OrgTree tree;

	RecognitionApiController(ModelRegistry models, ModelQueries modelQueries, ContestOffice contests,
			ContestQueries contestQueries, AwardNominations awards, AwardQueries awardQueries, OrgTree tree) {
		this.models = models;
		this.modelQueries = modelQueries;
		this.contests = contests;
		this.contestQueries = contestQueries;
		this.awards = awards;
		this.awardQueries = awardQueries;
		this.tree = tree;
	}

	@Operation(summary = "Exemplary models of the caller's scope, filtered and paginated")
	@GetMapping("/models")
	PageJson<ModelQueries.Row> models(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) ExemplaryModel.Status status,
			@RequestParam(required = false) ExemplaryModel.Kind kind,
			@RequestParam(required = false) ExemplaryModel.Field field, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return PageJson.of(modelQueries.find(actor, new ModelQueries.Filter(unitId, campaignId, status, kind, field, q,
				page, size)));
	}

	@Operation(summary = "One exemplary model")
	@GetMapping("/models/{id}")
	ModelJson model(Actor actor, @PathVariable long id) {
		return ModelJson.of(models.get(actor, id));
	}

	@Operation(summary = "Propose an exemplary model")
	@PostMapping("/models")
	@ResponseStatus(HttpStatus.CREATED)
	ModelJson propose(Actor actor, @Valid @RequestBody ModelJson body) {
		return ModelJson.of(models.propose(actor, body.toDetails(), Boolean.TRUE.equals(body.confirmNotDuplicate())));
	}

	@Operation(summary = "Contests of the caller's scope, paginated")
	@GetMapping("/contests")
	PageJson<ContestQueries.Row> contests(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Contest.Kind kind,
			@RequestParam(required = false) Contest.Status status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return PageJson.of(contestQueries.find(actor, new ContestQueries.Filter(unitId, campaignId, kind, status, q,
				page, size)));
	}

	@Operation(summary = "One contest")
	@GetMapping("/contests/{id}")
	ContestJson contest(Actor actor, @PathVariable long id) {
		Contest contest = contests.get(actor, id);
		return ContestJson.of(contest, contests.themeId(actor, contest));
	}

	@Operation(summary = "Create a contest")
	@PostMapping("/contests")
	@ResponseStatus(HttpStatus.CREATED)
	ContestJson announce(Actor actor, @Valid @RequestBody ContestJson body) {
		Contest contest = contests.announce(actor, body.toDetails(), null);
		return ContestJson.of(contest, body.themeId());
	}

	@Operation(summary = "Press-award entries of the caller's scope, paginated")
	@GetMapping("/award-entries")
	PageJson<AwardQueries.Row> awardEntries(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer awardYear,
			@RequestParam(required = false) AwardEntry.Status status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		if (unitId != null) {
			tree.requireVisible(actor, unitId);
		}
		return PageJson.of(awardQueries.find(actor, new AwardQueries.Filter(unitId, awardYear, status, q, page,
				size)));
	}

	@Operation(summary = "One press-award entry")
	@GetMapping("/award-entries/{id}")
	AwardEntryJson awardEntry(Actor actor, @PathVariable long id) {
		return AwardEntryJson.of(awards.get(actor, id));
	}

	@Operation(summary = "Nominate a press-award entry")
	@PostMapping("/award-entries")
	@ResponseStatus(HttpStatus.CREATED)
	AwardEntryJson prepare(Actor actor, @Valid @RequestBody AwardEntryJson body) {
		return AwardEntryJson.of(awards.prepare(actor, body.toDetails(), null));
	}
}
