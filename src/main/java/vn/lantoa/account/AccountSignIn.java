package vn.lantoa.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and counts failures: {@code lantoa.security.max-failed-logins} wrong passwords in a
 * row lock the account for {@code lantoa.security.lockout}, for the form and for the token endpoint alike. A locked
 * account is refused before its password is checked, so guessing during the lock teaches nothing.
 */
@Component
class AccountSignIn implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	AccountSignIn(Accounts accounts, Clock clock, @Value("${lantoa.security.max-failed-logins}") int maxFailures,
			@Value("${lantoa.security.lockout}") Duration lockout) {
		this.accounts = accounts;
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
