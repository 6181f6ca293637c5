package vn.lantoa.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every connection an application takes from one of its Hikari pools, and every statement prepared on it, with the
 * database user it runs as (asked of the database when the connection is taken), the request it serves ("GET /path",
 * or the thread's name outside requests), whether that request was marked for the replica at that moment and whether
 * a writing transaction was under way. A bean
 * post-processor for tests that start an application of their own.
 */
final class ConnectionLog implements BeanPostProcessor {

	/**
	 * A connection taken ({@code sql} null) or a statement prepared on it, and whether that happened in a transaction
	 * that may write.
	 */
	record Use(String request, boolean marked, boolean writing, String user, String sql) {
	}

	private final List<Use> uses = new CopyOnWriteArrayList<>();

	/** How many uses are logged so far; {@link #since} gives those after. */
	int size() {
		return uses.size();
	}

	/** The uses logged after the first {@code from}, by the request {@code "METHOD /path"} (no query). */
	List<Use> since(int from, String request) {
		return uses.subList(from, uses.size()).stream().filter(u -> u.request().equals(request)).toList();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!(bean instanceof HikariDataSource pool)) {
			return bean;
		}
		return new DelegatingDataSource(pool) {

			@Override
			public Connection getConnection() throws SQLException {
				return logged(pool.getConnection());
			}

			/** The pool's own end, which the context calls on its wrapper. */
			public void close() {
				pool.close();
			}
		};
	}

	private Connection logged(Connection connection) throws SQLException {
		String user;
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("select current_user")) {
			rs.next();
			user = rs.getString(1);
		}
		uses.add(new Use(request(), ReplicaPages.current(), writing(), user, null));
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("equals")) {
						return proxy == args[0];
					}
					if (method.getName().equals("hashCode")) {
						return System.identityHashCode(proxy);
					}
					if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
						uses.add(new Use(request(), ReplicaPages.current(), writing(), user, sql));
					}
					try {
						return method.invoke(connection, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private static String request() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
		}
		return Thread.currentThread().getName();
	}
}
