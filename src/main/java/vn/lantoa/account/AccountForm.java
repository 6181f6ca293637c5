package vn.lantoa.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lantoa.shared.Role;

/** The account form of the pages; the password is asked for only when opening an account. */
record AccountForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(max = 255) String fullName, @Email @Size(max = 255) String email, @NotNull Role role,
		@NotNull Long unitId, Long scopeUnitId, @Size(max = AccountAdministration.MAX_PASSWORD) String password,
		Integer version) {

	AccountDetails toDetails() {
		return new AccountDetails(username, fullName, email, role, unitId, scopeUnitId == null ? unitId : scopeUnitId);
	}

	static AccountForm of(Account a) {
		return new AccountForm(a.getUsername(), a.getFullName(), a.getEmail(), a.getRole(), a.getUnitId(),
				a.getScopeUnitId(), null, a.getVersion());
	}

	static AccountForm empty(Long unitId) {
		return new AccountForm("", "", "", Role.REPORTER, unitId, unitId, "", null);
	}
}
