package vn.lantoa.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock, except inside {@link #at(Instant, Supplier)}, where the calling thread
 * sees the given moment. The demo history uses it to record the past through the ordinary services, so that
 * timeliness, history and audit of the demo campaign are those of the story, not of the day the demo was loaded.
 */
public final class ReplayClock extends Clock {

	private static final ThreadLocal<Instant> replayed = new ThreadLocal<>();

	private final ZoneId zone;

	public ReplayClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Runs the work on this thread as if it were this moment. */
	public static <T> T at(Instant moment, Supplier<T> work) {
		Instant outer = replayed.get();
		replayed.set(moment);
		try {
			return work.get();
		} finally {
			if (outer == null) {
				replayed.remove();
			} else {
				replayed.set(outer);
			}
		}
	}

	@Override
	public Instant instant() {
		Instant at = replayed.get();
		return at == null ? Instant.now() : at;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new ReplayClock(other);
	}
}
