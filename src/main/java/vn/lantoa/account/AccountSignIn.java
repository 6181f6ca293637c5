package vn.lantoa.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Role;

/**
 * Loads accounts for sign-in and counts failures: {@code lantoa.security.max-failed-logins} wrong passwords in a
 * row lock the account for {@code lantoa.security.lockout}, for the form and for the token endpoint alike. A locked
 * account is refused before its password is checked, so guessing during the lock teaches nothing.
 */
@Component
class AccountSignIn implements UserDetailsService {

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	AccountSignIn(Accounts accounts, JdbcClient jdbc, Clock clock,
			@Value("${lantoa.security.max-failed-logins}") int maxFailures,
			@Value("${lantoa.security.lockout}") Duration lockout) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(normalise(username))
			.filter(a -> a.getPasswordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principal(account, true);
	}

	/**
	 * The account as stored now, read by every page view and API call ({@link FreshSession}, {@link ApiTokens}): one
	 * row mapped here costs a fraction of the repository's generic mapping.
	 */
	Optional<Account> current(long id) {
		return jdbc.sql("""
				select id, username, full_name, email, role, unit_id, scope_unit_id, password_hash, active, failed_logins,
				       locked_until, version, created_at
				from account where id = ?""").param(id).query((rs, n) -> new Account(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7),
						rs.getString(8), rs.getBoolean(9), rs.getInt(10), instant(rs.getTimestamp(11)), rs.getInt(12),
						instant(rs.getTimestamp(13))))
			.optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	AccountPrincipal principal(Account account, boolean writeAccess) {
		return new AccountPrincipal(account.actor(writeAccess), account.getPasswordHash(), account.isActive(),
				account.isLockedAt(clock.instant()));
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsername(normalise(event.getAuthentication().getName())).ifPresent(account -> {
			account.failedLogin(maxFailures, lockout, clock.instant());
			accounts.save(account);
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			accounts.findById(principal.actor().accountId())
				.filter(a -> a.failedLogins() > 0 || a.getLockedUntil() != null)
				.ifPresent(a -> {
					a.unlock();
					accounts.save(a);
				});
		}
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
