package vn.lantoa.web;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which pool a physical connection comes from: the replica's for work of a replica page ({@link ReplicaPages}) that
 * runs outside a transaction or in a read-only one, the primary's for everything else (any transaction that may
 * write, and all work outside those pages). It decides when a connection is taken, so it sits behind Spring's
 * {@code LazyConnectionDataSourceProxy}, which takes it at the first statement: the transaction manager asks for a
 * connection before it records whether the transaction is read-only, the first statement comes after.
 */
final class ReplicaRouting extends AbstractRoutingDataSource {

	private static final String PRIMARY = "primary";
	private static final String REPLICA = "replica";

	ReplicaRouting(DataSource primary, DataSource replica) {
		setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
		setDefaultTargetDataSource(primary);
		afterPropertiesSet();
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return readsReplica() ? REPLICA : PRIMARY;
	}

	/** Whether work on this thread, now, reads the replica. */
	static boolean readsReplica() {
		return ReplicaPages.current() && (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly());
	}
}
