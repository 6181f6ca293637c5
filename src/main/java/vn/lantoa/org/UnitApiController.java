package vn.lantoa.org;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** Units in the JSON API: those the caller may see, and their administration for admins. */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

	record UnitJson(long id, Long parentId, String code, String name, UnitKind kind, boolean active, Integer version) {

		static UnitJson of(OrgUnit u) {
			return new UnitJson(u.getId(), u.getParentId(), u.getCode(), u.getName(), u.getKind(), u.isActive(),
					u.getVersion());
		}

		static UnitJson of(UnitView u) {
			return new UnitJson(u.id(), u.parentId(), u.code(), u.name(), u.kind(), u.active(), null);
		}
	}

	record MoveJson(@NotNull Long parentId, @NotNull Integer version) {
	}

	record VersionJson(@NotNull Integer version) {
	}

	private final OrgTree tree;
	private final UnitAdministration administration;

	UnitApiController(OrgTree tree, UnitAdministration administration) {
		this.tree = tree;
		this.administration = administration;
	}

	@Operation(summary = "The units of the caller's scope, as a tree in order")
	@GetMapping
	List<UnitJson> list(Actor actor) {
		return tree.subtree(actor.scopeUnitId()).stream().map(UnitJson::of).toList();
	}

	@Operation(summary = "One unit")
	@GetMapping("/{id}")
	UnitJson get(Actor actor, @PathVariable long id) {
		return UnitJson.of(administration.get(actor, id));
	}

	@Operation(summary = "Create a unit under a parent of the caller's scope (admins)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UnitJson create(Actor actor, @Valid @RequestBody UnitForm body) {
		if (body.parentId() == null) {
			throw new Refusal(400, "unit.error.parentRequired");
		}
		return UnitJson.of(administration.create(actor, body.parentId(), body.code(), body.name(), body.kind()));
	}

	@Operation(summary = "Change a unit's code, name and kind (admins)")
	@PutMapping("/{id}")
	UnitJson update(Actor actor, @PathVariable long id, @Valid @RequestBody UnitForm body) {
		if (body.version() == null) {
			throw new Refusal(400, "error.versionRequired");
		}
		return UnitJson.of(administration.describe(actor, id, body.version(), body.code(), body.name(), body.kind()));
	}

	@Operation(summary = "Move a unit under another parent (admins)")
	@PostMapping("/{id}/move")
	UnitJson move(Actor actor, @PathVariable long id, @Valid @RequestBody MoveJson body) {
		return UnitJson.of(administration.move(actor, id, body.version(), body.parentId()));
	}

	@Operation(summary = "Deactivate a unit (admins)")
	@PostMapping("/{id}/deactivate")
	UnitJson deactivate(Actor actor, @PathVariable long id, @Valid @RequestBody VersionJson body) {
		return UnitJson.of(administration.deactivate(actor, id, body.version()));
	}

	@Operation(summary = "Activate a unit again (admins)")
	@PostMapping("/{id}/activate")
	UnitJson activate(Actor actor, @PathVariable long id, @Valid @RequestBody VersionJson body) {
		return UnitJson.of(administration.activate(actor, id, body.version()));
	}
}
