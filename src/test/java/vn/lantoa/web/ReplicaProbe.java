package vn.lantoa.web;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For a test application: any request with the parameter {@code probe} is answered, in place of its handler, with the
 * database users its work runs as outside a transaction, in a read-only transaction and in a writing one (which
 * inserts a row into {@code replica_probe}), comma-separated. It runs inside the request, where a replica page's
 * mark holds.
 */
final class ReplicaProbe implements WebMvcConfigurer {

	private final ApplicationContext context;

	ReplicaProbe(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				if (request.getParameter("probe") == null) {
					return true;
				}
				response.setContentType("text/plain");
				response.getWriter().write(probe());
				return false;
			}
		});
	}

	private String probe() {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		TransactionTemplate writing = new TransactionTemplate(transactions);
		String outside = user(jdbc);
		String readOnly = reading.execute(status -> user(jdbc));
		String written = writing.execute(status -> {
			jdbc.sql("insert into replica_probe (note) values ('written in a probed request')").update();
			return user(jdbc);
		});
		return String.join(",", outside, readOnly, written);
	}

	private static String user(JdbcClient jdbc) {
		return jdbc.sql("select current_user").query(String.class).single();
	}
}
