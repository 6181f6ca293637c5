package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.shared.ChangeCounters;

/** A page view reads in one read-only transaction, and nothing inside it may write. */
@LanToaTest
class PageTransactionIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	ChangeCounters counters;

	@Test
	void eachPageViewBeginsOneReadOnlyTransaction() throws Exception {
		MockHttpSession reporter = signIn("ducxuan");
		MockHttpSession coordinator = signIn("tuyengiao");
		AbstractPlatformTransactionManager manager = (AbstractPlatformTransactionManager) transactions;
		Collection<TransactionExecutionListener> before = new ArrayList<>(manager.getTransactionExecutionListeners());
		Thread test = Thread.currentThread();
		List<TransactionExecution> begun = new CopyOnWriteArrayList<>();
		List<TransactionExecutionListener> listeners = new ArrayList<>(before);
		listeners.add(new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, Throwable failure) {
				if (Thread.currentThread() == test) { // not the scheduled jobs'
					begun.add(transaction);
				}
			}
		});
		manager.setTransactionExecutionListeners(listeners);
		try {
			for (String page : List.of("/", "/activities", "/reports")) {
				begun.clear();
				mvc.perform(get(page).session(reporter)).andExpect(status().isOk());
				assertThat(begun).as(page).hasSize(1).allMatch(TransactionExecution::isReadOnly);
			}
			begun.clear();
			mvc.perform(get("/").session(coordinator)).andExpect(status().isOk());
			assertThat(begun).hasSize(1).allMatch(TransactionExecution::isReadOnly);
		} finally {
			manager.setTransactionExecutionListeners(before);
		}
	}

	@Test
	void aServiceThatWritesIsRefusedInsideAReadOnlyTransactionOnEveryDatabase() {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		long changes = counters.current(ChangeCounters.MEASURES);
		assertThatThrownBy(() -> readOnly.executeWithoutResult(t -> counters.bump(ChangeCounters.MEASURES)))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(counters.current(ChangeCounters.MEASURES)).isEqualTo(changes);
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}
}
