package vn.lantoa.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** Activities in the JSON API: record, read, update (with the version), delete, and filtered pages. */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

	/** {@code totalExact} is false when there are more than {@code total} (the count stops at 10,000). */
	record PageJson(List<ActivityQueries.Row> items, long total, boolean totalExact, int page, int size) {
	}

	private final ActivityRecording recording;
	private final ActivityQueries queries;

	ActivityApiController(ActivityRecording recording, ActivityQueries queries) {
		this.recording = recording;
		this.queries = queries;
	}

	@Operation(summary = "Activities of the caller's scope, filtered and paginated")
	@GetMapping
	PageJson list(Actor actor, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Long themeId,
			@RequestParam(required = false) Long channelId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsTo) {
		ActivityQueries.Page result = queries.find(actor, new ActivityFilter(unitId, campaignId, themeId, channelId,
				from, to, q, false, ActivityFilter.Sort.NEWEST, page, Math.min(size, ActivityFilter.MAX_SIZE),
				startsFrom, startsTo));
		return new PageJson(result.rows(), result.total(), result.exact(), result.page(), result.size());
	}

	@Operation(summary = "One activity")
	@GetMapping("/{id}")
	ActivityJson get(Actor actor, @PathVariable long id) {
		return ActivityJson.of(recording.get(actor, id));
	}

	@Operation(summary = "Record an activity of a unit")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ActivityJson create(Actor actor, @Valid @RequestBody ActivityJson body) {
		return ActivityJson.of(recording.record(actor, body.toDetails()));
	}

	@Operation(summary = "Edit an activity (optimistic locking by version)")
	@PutMapping("/{id}")
	ActivityJson update(Actor actor, @PathVariable long id, @Valid @RequestBody ActivityJson body) {
		return ActivityJson.of(recording.update(actor, id, version(body.version()), body.toDetails()));
	}

	@Operation(summary = "Delete an activity")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id, @RequestParam Integer version) {
		recording.delete(actor, id, version(version));
	}

	private static int version(Integer version) {
		if (version == null) {
			throw new Refusal(400, "error.versionRequired");
		}
		return version;
	}
}
