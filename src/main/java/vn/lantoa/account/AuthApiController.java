package vn.lantoa.account;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/** Tokens for API clients, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
class AuthApiController {

	record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 128) String password,
			String scope, Integer expiresInDays, @Size(max = 100) String name) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record UnitRef(long id, String code, String name) {
	}

	record Me(long id, String username, String fullName, Role role, UnitRef unit, UnitRef scope) {
	}

	private final AuthenticationManager authentication;
	private final ApiTokens tokens;
	private final OrgUnits units;

	AuthApiController(AuthenticationManager authentication, ApiTokens tokens, OrgUnits units) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.units = units;
	}

	@Operation(summary = "Issue a bearer token for a username and password, with a scope (read or read-write) and a validity in days")
	@PostMapping("/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		ApiTokens.Scope scope = scope(request.scope());
		Authentication auth;
		try {
			auth = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		} catch (LockedException e) {
			throw new Refusal(401, "login.error.locked");
		} catch (AuthenticationException e) {
			throw new Refusal(401, "login.error.bad");
		}
		Actor actor = ((AccountPrincipal) auth.getPrincipal()).actor();
		ApiTokens.Issued issued = tokens.issue(actor.accountId(), request.name(), scope, request.expiresInDays());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@Operation(summary = "Who the caller is: account, role, unit and scope")
	@GetMapping("/me")
	Me me(Actor actor) {
		return new Me(actor.accountId(), actor.username(), actor.fullName(), actor.role(), ref(actor.unitId()),
				ref(actor.scopeUnitId()));
	}

	@Operation(summary = "The caller's API tokens with their scope, expiry and last use")
	@GetMapping("/me/tokens")
	List<ApiTokens.TokenView> myTokens(Actor actor) {
		return tokens.list(actor.accountId());
	}

	@Operation(summary = "Revoke one of the caller's tokens")
	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Actor actor, @PathVariable long id) {
		tokens.revoke(actor, id);
	}

	private UnitRef ref(long unitId) {
		OrgUnit unit = units.findById(unitId).orElseThrow();
		return new UnitRef(unit.getId(), unit.getCode(), unit.getName());
	}

	private static ApiTokens.Scope scope(String value) {
		if (value == null || value.equals("read-write")) {
			return ApiTokens.Scope.READ_WRITE;
		}
		if (value.equals("read")) {
			return ApiTokens.Scope.READ;
		}
		throw new Refusal(400, "token.error.scope");
	}
}
