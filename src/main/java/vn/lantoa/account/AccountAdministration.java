package vn.lantoa.account;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.StaleEdit;

/**
 * What administrators do to accounts inside their subtree (open, describe, reset passwords, deactivate, unlock),
 * and what everyone may do to their own (change the password). Every change is audited; passwords never are.
 */
@Service
public class AccountAdministration {

	static final String ENTITY = "Account";
	static final int MIN_PASSWORD = 8;
	static final int MAX_PASSWORD = 128;

	private final Accounts accounts;
	private final OrgTree tree;
	private final UnitAdministration units;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;

	AccountAdministration(Accounts accounts, OrgTree tree, UnitAdministration units, PasswordEncoder passwords,
			AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.tree = tree;
		this.units = units;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The accounts whose unit and scope lie in the actor's subtree, by username. An account placed in the subtree
	 * but working on a wider scope is not the actor's to manage: else a city admin could take over a province admin.
	 */
	@Transactional(readOnly = true)
	public List<Account> visible(Actor actor) {
		units.requireAdminOver(actor, actor.scopeUnitId());
		// a set: each account is looked up in it twice (a national admin's 53,000 in a list of 53,000 was quadratic)
		Set<Long> subtree = new HashSet<>(tree.subtreeIds(actor.scopeUnitId()));
		return accounts.findAll().stream()
			.filter(a -> subtree.contains(a.getUnitId()) && subtree.contains(a.getScopeUnitId()))
			.sorted(java.util.Comparator.comparing(Account::getUsername)).toList();
	}

	@Transactional(readOnly = true)
	public Account get(Actor actor, long accountId) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFound("account", accountId));
		units.requireAdminOver(actor, account.getUnitId());
		units.requireAdminOver(actor, account.getScopeUnitId());
		return account;
	}

	@Transactional
	public Account open(Actor actor, AccountDetails details, String password) {
		checkPlacement(actor, details);
		return openUnchecked(details, password);
	}

	/** Opens an account without access checks: for start-up data and for imports that checked every row. */
	@Transactional
	public Account openUnchecked(AccountDetails details, String password) {
		return openWithHash(details, encode(password));
	}

	/** Opens an account that cannot sign in until an administrator sets its password (CSV imports). */
	@Transactional
	Account openWithoutPassword(AccountDetails details) {
		return openWithHash(details, null);
	}

	private Account openWithHash(AccountDetails details, String passwordHash) {
		if (accounts.existsByUsername(AccountSignIn.normalise(details.username()))) {
			throw new Refusal(409, "account.error.duplicateUsername", details.username());
		}
		Account account = accounts.save(Account.open(details, passwordHash, clock.instant()));
		audit.record(ENTITY, account.getId(), "CREATE", Map.of(), account.snapshot(), account.getUnitId());
		return account;
	}

	@Transactional
	public Account describe(Actor actor, long accountId, int version, AccountDetails details) {
		Account account = editable(actor, accountId, version);
		checkPlacement(actor, details);
		Map<String, Object> before = account.snapshot();
		account.describe(details);
		return saveAudited(account, before, "UPDATE");
	}

	@Transactional
	public void resetPassword(Actor actor, long accountId, String password) {
		Account account = get(actor, accountId);
		account.changePasswordHash(encode(password));
		account.unlock();
		saveAudited(account, account.snapshot(), "RESET_PASSWORD");
	}

	/** The user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(Actor actor, String current, String password) {
		Account account = accounts.findById(actor.accountId()).orElseThrow(() -> new NotFound("account", 0));
		if (account.getPasswordHash() == null || !passwords.matches(current, account.getPasswordHash())) {
			throw new Refusal(400, "password.error.current");
		}
		account.changePasswordHash(encode(password));
		saveAudited(account, account.snapshot(), "CHANGE_PASSWORD");
	}

	@Transactional
	public Account deactivate(Actor actor, long accountId, int version) {
		Account account = editable(actor, accountId, version);
		if (account.getId() == actor.accountId()) {
			throw new Refusal(400, "account.error.deactivateSelf");
		}
		Map<String, Object> before = account.snapshot();
		account.deactivate();
		return saveAudited(account, before, "DEACTIVATE");
	}

	@Transactional
	public Account activate(Actor actor, long accountId, int version) {
		Account account = editable(actor, accountId, version);
		Map<String, Object> before = account.snapshot();
		account.activate();
		return saveAudited(account, before, "ACTIVATE");
	}

	@Transactional
	public Account unlock(Actor actor, long accountId) {
		Account account = get(actor, accountId);
		account.unlock();
		return saveAudited(account, account.snapshot(), "UNLOCK");
	}

	void checkPlacement(Actor actor, AccountDetails details) {
		units.requireAdminOver(actor, details.unitId());
		units.requireAdminOver(actor, details.scopeUnitId());
		if (!tree.contains(details.scopeUnitId(), details.unitId())) {
			throw new Refusal(400, "account.error.scope");
		}
	}

	String encode(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new Refusal(400, "password.error.length", MIN_PASSWORD, MAX_PASSWORD);
		}
		return passwords.encode(password);
	}

	private Account editable(Actor actor, long accountId, int version) {
		Account account = get(actor, accountId);
		if (account.getVersion() != version) {
			throw new StaleEdit();
		}
		return account;
	}

	private Account saveAudited(Account account, Map<String, Object> before, String action) {
		Account saved = accounts.save(account);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
		return saved;
	}
}
