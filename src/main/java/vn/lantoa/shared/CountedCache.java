package vn.lantoa.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results kept on this node while a {@link ChangeCounters change counter} stands still. Each lookup reads the counter
 * first (one primary-key read) and computes afresh when it moved, whichever node made the change; since the counter
 * is read before the computation, a result is never filed under a counter value newer than the data it saw. The
 * counter and the data must come from one database: call it inside the read-only transaction of the computation, so
 * that on a read replica (see docs/SCALING.md) both are read on one connection and lag together.
 */
public final class CountedCache<K, V> {

	private record Entry<V>(long changes, V value) {
	}

	private final ChangeCounters counters;
	private final String counter;
	private final int capacity;
	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	/** A cache of at most {@code capacity} results (it starts afresh beyond), valid while {@code counter} stands. */
	public CountedCache(ChangeCounters counters, String counter, int capacity) {
		this.counters = counters;
		this.counter = counter;
		this.capacity = capacity;
	}

	/**
	 * Whether a result computed now may be kept: not inside a writing transaction, which may have bumped the counter
	 * and changed the data itself and can still roll back (the value would then be filed under a counter another
	 * commit may reach with other data).
	 */
	public static boolean keepable() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * The result for the key: kept, or computed now and kept (not inside a writing transaction). Results must be
	 * immutable.
	 */
	public V get(K key, Supplier<V> compute) {
		long changes = counters.current(counter);
		Entry<V> kept = entries.get(key);
		if (kept != null && kept.changes() == changes) {
			return kept.value();
		}
		V value = compute.get();
		if (!keepable()) {
			return value;
		}
		if (entries.size() >= capacity) {
			entries.clear();
		}
		entries.put(key, new Entry<>(changes, value));
		return value;
	}
}
