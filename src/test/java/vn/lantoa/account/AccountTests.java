package vn.lantoa.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.lantoa.shared.Role;

class AccountTests {

	private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

	private Account account() {
		return Account.open(new AccountDetails("Reporter.One", "Lương Thị Hà", "", Role.REPORTER, 5, 5), "hash", now);
	}

	@Test
	void opensWithANormalisedUsernameAndNoEmptyEmail() {
		Account account = account();
		assertThat(account.getUsername()).isEqualTo("reporter.one");
		assertThat(account.getEmail()).isNull();
		assertThat(account.isActive()).isTrue();
	}

	@Test
	void locksAtTheFifthFailureForFifteenMinutes() {
		Account account = account();
		for (int i = 0; i < 4; i++) {
			account.failedLogin(5, Duration.ofMinutes(15), now);
		}
		assertThat(account.isLockedAt(now)).isFalse();
		account.failedLogin(5, Duration.ofMinutes(15), now);
		assertThat(account.isLockedAt(now)).isTrue();
		assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void unlockForgetsEarlierFailures() {
		Account account = account();
		for (int i = 0; i < 4; i++) {
			account.failedLogin(5, Duration.ofMinutes(15), now);
		}
		account.unlock();
		account.failedLogin(5, Duration.ofMinutes(15), now);
		assertThat(account.isLockedAt(now)).isFalse();
		assertThat(account.failedLogins()).isEqualTo(1);
	}
}
