package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.FilterChain;

/**
 * Which requests are replica pages, which work of theirs reads the replica, and that nothing of it exists without a
 * replica URL. {@code ReadReplicaIntegrationTests} shows the same with a database behind.
 */
class ReadReplicaTests {

	private static final List<String> DASHBOARDS = List.of("/campaigns/*/dashboard", "/campaigns/*/dashboard.xlsx",
			"/api/v1/campaigns/*/dashboard");

	private final ReplicaPages pages = new ReplicaPages(DASHBOARDS);

	@AfterEach
	void noTransactionLeft() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
	}

	@Test
	void marksTheGetsOfTheListedPathsOnly() throws Exception {
		assertThat(marked("GET", "/campaigns/7/dashboard")).isTrue();
		assertThat(marked("GET", "/campaigns/7/dashboard.xlsx")).isTrue();
		assertThat(marked("GET", "/api/v1/campaigns/7/dashboard")).isTrue();
		assertThat(marked("POST", "/campaigns/7/dashboard")).isFalse();
		assertThat(marked("GET", "/campaigns/7")).isFalse();
		assertThat(marked("GET", "/campaigns/7/dashboard/more")).isFalse();
		assertThat(marked("GET", "/activities")).isFalse();
		MockHttpServletRequest underContext = new MockHttpServletRequest("GET", "/lantoa/campaigns/7/dashboard");
		underContext.setContextPath("/lantoa");
		assertThat(marked(underContext)).isTrue();
		assertThat(ReplicaPages.current()).as("after the request").isFalse();
	}

	@Test
	void removesTheMarkWhenThePageFails() {
		FilterChain failing = (request, response) -> {
			throw new IllegalStateException("the page failed");
		};
		assertThatThrownBy(() -> pages.doFilter(new MockHttpServletRequest("GET", "/campaigns/7/dashboard"),
				new MockHttpServletResponse(), failing)).hasMessage("the page failed");
		assertThat(ReplicaPages.current()).isFalse();
	}

	@Test
	void aReplicaPageReadsTheReplicaOutsideTransactionsAndInReadOnlyOnes() throws Exception {
		List<Boolean> replica = new ArrayList<>();
		pages.doFilter(new MockHttpServletRequest("GET", "/campaigns/7/dashboard"), new MockHttpServletResponse(),
				(request, response) -> {
					replica.add(ReplicaRouting.readsReplica());
					TransactionSynchronizationManager.setActualTransactionActive(true);
					TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
					replica.add(ReplicaRouting.readsReplica());
					TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
					replica.add(ReplicaRouting.readsReplica());
				});
		assertThat(replica).as("outside a transaction, read-only, writing").containsExactly(true, true, false);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(ReplicaRouting.readsReplica()).as("a read-only transaction elsewhere").isFalse();
		TransactionSynchronizationManager.setActualTransactionActive(false);
		assertThat(ReplicaRouting.readsReplica()).as("outside a transaction elsewhere").isFalse();
	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
		.withUserConfiguration(ReadReplica.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:replica-tests-primary",
				"spring.datasource.username=lantoa", "spring.datasource.password=secret");

	@Test
	void withoutAReplicaUrlBootsOnePoolServesEverything() {
		context.withPropertyValues("lantoa.replica.url=").run(app -> {
			assertThat(app).hasSingleBean(javax.sql.DataSource.class).doesNotHaveBean("replicaDataSource")
				.doesNotHaveBean("replicaPages");
			assertThat(app.getBean(javax.sql.DataSource.class)).isInstanceOf(HikariDataSource.class);
		});
	}

	@Test
	void withAReplicaUrlTheDataSourceRoutesBetweenTwoPools() {
		context.withPropertyValues("lantoa.replica.url=jdbc:h2:mem:replica-tests-standby",
				"lantoa.replica.paths=/campaigns/*/dashboard").run(app -> {
					assertThat(app.getBean(javax.sql.DataSource.class)).isInstanceOf(LazyConnectionDataSourceProxy.class);
					HikariDataSource primary = app.getBean("primaryDataSource", HikariDataSource.class);
					HikariDataSource replica = app.getBean("replicaDataSource", HikariDataSource.class);
					assertThat(primary.getJdbcUrl()).isEqualTo("jdbc:h2:mem:replica-tests-primary");
					assertThat(replica.getJdbcUrl()).isEqualTo("jdbc:h2:mem:replica-tests-standby");
					assertThat(replica.getUsername()).as("the primary's, by default").isEqualTo("lantoa");
					assertThat(replica.getPassword()).isEqualTo("secret");
					assertThat(replica.getMaximumPoolSize()).isEqualTo(5);
					assertThat(app).hasBean("replicaPages");
				});
		context.withPropertyValues("lantoa.replica.url=jdbc:h2:mem:replica-tests-standby",
				"lantoa.replica.username=reader", "lantoa.replica.password=other",
				"lantoa.replica.hikari.maximum-pool-size=3").run(app -> {
					HikariDataSource replica = app.getBean("replicaDataSource", HikariDataSource.class);
					assertThat(replica.getUsername()).isEqualTo("reader");
					assertThat(replica.getPassword()).isEqualTo("other");
					assertThat(replica.getMaximumPoolSize()).isEqualTo(3);
				});
	}

	private boolean marked(String method, String path) throws Exception {
		return marked(new MockHttpServletRequest(method, path));
	}

	private boolean marked(MockHttpServletRequest request) throws Exception {
		boolean[] seen = new boolean[1];
		pages.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen[0] = ReplicaPages.current());
		return seen[0];
	}
}
