package vn.lantoa.account;

import java.time.Instant;
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

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/**
 * Accounts in the JSON API, for admins: the accounts of their subtree and their administration, with the same rules
 * as the pages (an account's unit and scope inside the admin's subtree, optimistic versions, audited). Passwords are
 * written, never read; the API never shows a hash.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	record AccountJson(long id, String username, String fullName, String email, Role role, long unitId,
			long scopeUnitId, boolean active, Instant lockedUntil, Integer version) {

		static AccountJson of(Account a) {
			return new AccountJson(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getRole(),
					a.getUnitId(), a.getScopeUnitId(), a.isActive(), a.getLockedUntil(), a.getVersion());
		}
	}

	record PasswordJson(@NotNull @Size(max = AccountAdministration.MAX_PASSWORD) String password) {
	}

	record VersionJson(@NotNull Integer version) {
	}

	private final AccountAdministration administration;

	AccountApiController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "The accounts of the admin's subtree")
	List<AccountJson> list(Actor actor) {
		return administration.visible(actor).stream().map(AccountJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account of the admin's subtree")
	AccountJson get(Actor actor, @PathVariable long id) {
		return AccountJson.of(administration.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an account (scopeUnitId defaults to unitId; the password is required)")
	AccountJson create(Actor actor, @Valid @RequestBody AccountForm body) {
		return AccountJson.of(administration.open(actor, body.toDetails(), body.password()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account's name, e-mail, role, unit and scope (with its version)")
	AccountJson update(Actor actor, @PathVariable long id, @Valid @RequestBody AccountForm body) {
		if (body.version() == null) {
			throw new Refusal(400, "error.versionRequired");
		}
		return AccountJson.of(administration.describe(actor, id, body.version(), body.toDetails()));
	}

	@PostMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password for the account")
	void resetPassword(Actor actor, @PathVariable long id, @Valid @RequestBody PasswordJson body) {
		administration.resetPassword(actor, id, body.password());
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate the account (its sessions end, its tokens stop working)")
	AccountJson deactivate(Actor actor, @PathVariable long id, @Valid @RequestBody VersionJson body) {
		return AccountJson.of(administration.deactivate(actor, id, body.version()));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate the account again")
	AccountJson activate(Actor actor, @PathVariable long id, @Valid @RequestBody VersionJson body) {
		return AccountJson.of(administration.activate(actor, id, body.version()));
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the lock after failed sign-ins")
	AccountJson unlock(Actor actor, @PathVariable long id) {
		return AccountJson.of(administration.unlock(actor, id));
	}
}
