package vn.lantoa;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.lantoa.account.Account;
import vn.lantoa.account.Accounts;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/** Demo accounts and units by name, and unique codes for what a test creates (the database is shared). */
@Component
public class Fixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final Accounts accounts;
	private final OrgUnits units;

	Fixtures(Accounts accounts, OrgUnits units) {
		this.accounts = accounts;
		this.units = units;
	}

	public Actor actor(String username) {
		Account a = accounts.findByUsername(username).orElseThrow();
		return new Actor(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getUnitId(), a.getScopeUnitId(),
				true);
	}

	/** The admin account acting over the given scope (a test's own subtree). */
	public Actor adminOver(long scope) {
		Account a = accounts.findByUsername("admin").orElseThrow();
		return new Actor(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), scope, scope, true);
	}

	/** A reporter of the unit; no account stands behind it (the services check the actor's role and scope). */
	public static Actor reporterOf(long unit) {
		return new Actor(9, "rep." + unit, "Báo cáo viên", Role.REPORTER, unit, unit, true);
	}

	public long unit(String code) {
		return units.findByCode(code).orElseThrow().getId();
	}

	/** A code no other test run of this JVM uses: prefix, process time and a counter. */
	public static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + sequence.incrementAndGet();
	}
}
