package vn.lantoa.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.org.OrgTree;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Csv;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.RowErrors;
import vn.lantoa.shared.RowErrors.RowError;

/**
 * Accounts as CSV ({@code username,full_name,email,role,unit_code,scope_unit_code,active}), all or nothing. New
 * usernames open accounts without a password (an administrator sets one before first sign-in); known ones are
 * updated. Passwords never travel in these files.
 */
@Service
class AccountCsv {

	static final List<String> HEADER = List.of("username", "full_name", "email", "role", "unit_code",
			"scope_unit_code", "active");

	private final Accounts accounts;
	private final AccountAdministration administration;
	private final OrgUnits units;
	private final OrgTree tree;

	AccountCsv(Accounts accounts, AccountAdministration administration, OrgUnits units, OrgTree tree) {
		this.accounts = accounts;
		this.administration = administration;
		this.units = units;
		this.tree = tree;
	}

	@Transactional(readOnly = true)
	String export(Actor actor) {
		Map<Long, String> codes = new HashMap<>();
		for (UnitView unit : tree.subtree(actor.scopeUnitId())) {
			codes.put(unit.id(), unit.code());
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (Account a : administration.visible(actor)) {
			rows.add(List.of(a.getUsername(), a.getFullName(), a.getEmail() == null ? "" : a.getEmail(),
					a.getRole().name(), codes.getOrDefault(a.getUnitId(), ""),
					codes.getOrDefault(a.getScopeUnitId(), ""), String.valueOf(a.isActive())));
		}
		return Csv.write(rows);
	}

	private record Row(int line, AccountDetails details, boolean active) {
	}

	@Transactional
	int importCsv(Actor actor, String text) {
		List<List<String>> records = Csv.parse(text);
		administration.visible(actor); // refuses non-admins before reading further
		if (records.isEmpty() || !records.get(0).stream().map(String::trim).toList().equals(HEADER)) {
			throw new RowErrors(List.of(new RowError(1, "import.error.header", List.of(String.join(",", HEADER)))));
		}
		List<RowError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < records.size(); i++) {
			Row row = read(actor, i + 1, records.get(i), errors);
			if (row != null && !seen.add(row.details().username())) {
				errors.add(new RowError(row.line(), "import.error.duplicateInFile", List.of(row.details().username())));
			} else if (row != null) {
				rows.add(row);
			}
		}
		if (!errors.isEmpty()) {
			throw new RowErrors(errors);
		}
		for (Row row : rows) {
			Optional<Account> existing = accounts.findByUsername(row.details().username());
			Account account = existing.isPresent()
					? administration.describe(actor, existing.get().getId(), existing.get().getVersion(), row.details())
					: administration.openWithoutPassword(row.details());
			if (account.isActive() != row.active() && account.getId() != actor.accountId()) {
				account = row.active() ? administration.activate(actor, account.getId(), account.getVersion())
						: administration.deactivate(actor, account.getId(), account.getVersion());
			}
		}
		return rows.size();
	}

	private Row read(Actor actor, int line, List<String> f, List<RowError> errors) {
		if (f.size() != HEADER.size()) {
			errors.add(new RowError(line, "import.error.columns", List.of(HEADER.size(), f.size())));
			return null;
		}
		int before = errors.size();
		String username = AccountSignIn.normalise(f.get(0));
		if (username.isEmpty() || username.length() > 60 || !username.matches("[a-z0-9._-]+")) {
			errors.add(new RowError(line, "import.error.username", List.of(f.get(0))));
		}
		String fullName = f.get(1).trim();
		if (fullName.isEmpty() || fullName.length() > 255) {
			errors.add(new RowError(line, "import.error.name", List.of(255)));
		}
		String email = f.get(2).trim();
		if (!email.isEmpty() && (email.length() > 255 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
			errors.add(new RowError(line, "import.error.email", List.of(email)));
		}
		Role role = null;
		try {
			role = Role.valueOf(f.get(3).trim());
		} catch (IllegalArgumentException e) {
			errors.add(new RowError(line, "import.error.role", List.of(f.get(3))));
		}
		Long unit = unitInScope(actor, f.get(4), line, errors);
		Long scope = f.get(5).isBlank() ? unit : unitInScope(actor, f.get(5), line, errors);
		if (unit != null && scope != null && !tree.contains(scope, unit)) {
			errors.add(new RowError(line, "account.error.scope", List.of()));
		}
		String active = f.get(6).trim().toLowerCase();
		if (!Set.of("true", "false", "").contains(active)) {
			errors.add(new RowError(line, "import.error.boolean", List.of(f.get(6))));
		}
		Optional<Account> existing = accounts.findByUsername(username);
		if (existing.isPresent() && !(tree.canSee(actor, existing.get().getUnitId())
				&& tree.canSee(actor, existing.get().getScopeUnitId()))) {
			errors.add(new RowError(line, "import.error.usernameTaken", List.of(username)));
		}
		if (errors.size() > before) {
			return null;
		}
		return new Row(line, new AccountDetails(username, fullName, email, role, unit, scope), !"false".equals(active));
	}

	private Long unitInScope(Actor actor, String code, int line, List<RowError> errors) {
		Optional<OrgUnit> unit = units.findByCode(code.trim());
		if (unit.isEmpty() || !tree.canSee(actor, unit.get().getId())) {
			errors.add(new RowError(line, "import.error.parentUnknown", List.of(code)));
			return null;
		}
		return unit.get().getId();
	}
}
