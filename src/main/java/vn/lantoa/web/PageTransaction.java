package vn.lantoa.web;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.shared.OwnTransaction;

/**
 * One read-only transaction for each GET a controller answers, from the handler to the end of the rendered view: the
 * services a page calls join it instead of beginning and committing five or six of their own (a round trip to the
 * database and a pool checkout each). A service that would write inside it is refused by the transaction manager
 * ({@code validateExistingTransaction}), on every database alike; a GET that writes says so with
 * {@link OwnTransaction}. The account reloaded before the handler ({@code account/FreshSession}) and static files stay
 * outside.
 */
final class PageTransaction implements AsyncHandlerInterceptor {

	private static final String STATUS = PageTransaction.class.getName() + ".status";
	private static final TransactionDefinition READ_ONLY;

	static {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName("page view");
		READ_ONLY = definition;
	}

	private final PlatformTransactionManager transactions;

	PageTransaction(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && "GET".equals(request.getMethod())
				&& !method.hasMethodAnnotation(OwnTransaction.class) && request.getAttribute(STATUS) == null) {
			try {
				request.setAttribute(STATUS, transactions.getTransaction(READ_ONLY));
			} catch (TransactionException unreachable) {
				// the database is out of reach: the page's own services meet it again and answer 503 as usual
			}
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		end(request);
	}

	@Override
	public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
			Object handler) {
		end(request);
	}

	private void end(HttpServletRequest request) {
		if (request.getAttribute(STATUS) instanceof TransactionStatus status) {
			request.removeAttribute(STATUS);
			// nothing was written; a service that failed inside may have marked it rollback-only
			try {
				transactions.rollback(status);
			} catch (TransactionException lost) {
				// the connection broke during the page (the database went away): the page has answered already, and
				// the transaction manager has released the connection
			}
		}
	}
}
