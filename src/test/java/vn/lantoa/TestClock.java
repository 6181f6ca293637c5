package vn.lantoa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system clock, until a test sets it to a moment of its story (a deadline
 * passing, a unit founded mid-campaign); {@link #reset()} gives it back.
 */
public class TestClock extends Clock {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant fixed;

	/** Stops the clock at this local time in Vietnam. */
	public void set(LocalDateTime vietnamTime) {
		fixed = vietnamTime.atZone(VIETNAM).toInstant();
	}

	public void reset() {
		fixed = null;
	}

	@Override
	public Instant instant() {
		Instant at = fixed;
		return at == null ? Instant.now() : at;
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.systemDefault();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
