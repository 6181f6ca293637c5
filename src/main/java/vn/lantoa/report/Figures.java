package vn.lantoa.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of a report: numbers keyed by kind, theme, channel and measure. Theme 0 means "every theme" and
 * channel 0 "every channel", so that totals are stored rather than summed from theme cells (an activity with two
 * themes counts once in its channel's total, but in both themes' cells).
 */
public record Figures(Map<Key, BigDecimal> values) {

	public enum Kind {
		/** Number of activities. */
		ACTIVITIES,
		/** Sum of one measure. */
		MEASURE,
		/** Number of evidence files. */
		EVIDENCE,
		/** Number of the unit's exemplary models recognised (decision date) in the period. */
		MODELS
	}

	public record Key(Kind kind, long themeId, long channelId, String measureCode) implements Comparable<Key> {

		public Key {
			measureCode = measureCode == null ? "" : measureCode;
		}

		@Override
		public int compareTo(Key o) {
			int c = kind.compareTo(o.kind);
			c = c != 0 ? c : Long.compare(themeId, o.themeId);
			c = c != 0 ? c : Long.compare(channelId, o.channelId);
			return c != 0 ? c : measureCode.compareTo(o.measureCode);
		}
	}

	public static final Figures NONE = new Figures(Map.of());

	public Figures {
		values = Collections.unmodifiableMap(new TreeMap<>(values));
	}

	public BigDecimal get(Kind kind, long themeId, long channelId, String measureCode) {
		return values.getOrDefault(new Key(kind, themeId, channelId, measureCode), BigDecimal.ZERO);
	}

	/** Activities of every theme on one channel (0: on every channel). */
	public long activities(long channelId) {
		return get(Kind.ACTIVITIES, 0, channelId, "").longValue();
	}

	public long activities() {
		return activities(0);
	}

	public long evidence() {
		return get(Kind.EVIDENCE, 0, 0, "").longValue();
	}

	public long models() {
		return get(Kind.MODELS, 0, 0, "").longValue();
	}

	/** One measure summed over every theme on one channel (0: on every channel). */
	public BigDecimal measure(long channelId, String code) {
		return get(Kind.MEASURE, 0, channelId, code);
	}

	public Figures plus(Figures other) {
		Map<Key, BigDecimal> sum = new TreeMap<>(values);
		other.values.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
		return new Figures(sum);
	}

	/** This minus the other, keeping only the keys that differ. */
	public Figures minus(Figures other) {
		Map<Key, BigDecimal> difference = new TreeMap<>();
		Set<Key> keys = new HashSet<>(values.keySet());
		keys.addAll(other.values.keySet());
		for (Key key : keys) {
			BigDecimal d = values.getOrDefault(key, BigDecimal.ZERO)
				.subtract(other.values.getOrDefault(key, BigDecimal.ZERO));
			if (d.signum() != 0) {
				difference.put(key, d);
			}
		}
		return new Figures(difference);
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}
}
