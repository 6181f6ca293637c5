package vn.lantoa.web;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A PostgreSQL streaming replica for the pages that only read and may show data a moment old, the dashboards by
 * default ({@code lantoa.replica.url}; without it none of this exists and Boot's one pool serves everything). Two
 * Hikari pools: the primary's from {@code spring.datasource.*}, which Flyway migrates (and only it), and the
 * replica's from {@code lantoa.replica.*}, smaller ({@code lantoa.replica.hikari.*}). The application's
 * {@code DataSource} chooses between them for each physical connection ({@link ReplicaRouting}): work of a replica
 * page ({@link ReplicaPages}) outside a transaction or in a read-only one reads the replica; writing transactions,
 * sessions, scheduled jobs, event listeners and every other page use the primary. A cache filed under a change
 * counter ({@code shared/CountedCache}) reads the counter through the same connection or the same rule as its data,
 * so on the replica both lag together.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplica.Configured.class)
@EnableConfigurationProperties(ReadReplica.Settings.class)
class ReadReplica {

	/**
	 * Where the replica is, who connects (the primary's credentials when no username is given: a streaming replica
	 * has the primary's roles) and the path patterns of the pages whose GETs read it.
	 */
	@ConfigurationProperties("lantoa.replica")
	record Settings(String url, String username, String password, List<String> paths) {

		Settings {
			paths = paths == null ? List.of() : List.copyOf(paths);
		}
	}

	@Bean
	@FlywayDataSource
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		if (StringUtils.hasText(properties.getName())) {
			pool.setPoolName(properties.getName());
		}
		return pool;
	}

	@Bean
	@ConfigurationProperties("lantoa.replica.hikari")
	HikariDataSource replicaDataSource(Settings settings, DataSourceProperties primary) {
		boolean own = StringUtils.hasText(settings.username());
		HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class).url(settings.url())
			.username(own ? settings.username() : primary.determineUsername())
			.password(own ? settings.password() : primary.determinePassword()).build();
		pool.setPoolName("replica");
		pool.setMaximumPoolSize(5);
		return pool;
	}

	@Bean
	@Primary
	DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary,
			@Qualifier("replicaDataSource") DataSource replica) {
		LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, replica));
		// the defaults it compares a transaction's settings with, read now (from the primary); unknown, it would take
		// a connection as soon as a transaction begins, before the transaction says whether it is read-only
		try {
			routed.checkDefaultConnectionProperties();
		} catch (RuntimeException unreachable) {
			// Hikari's fail-fast start: the first connection asked for reads them instead
		}
		return routed;
	}

	@Bean
	FilterRegistrationBean<ReplicaPages> replicaPages(Settings settings) {
		FilterRegistrationBean<ReplicaPages> filter = new FilterRegistrationBean<>(new ReplicaPages(settings.paths()));
		filter.setOrder(0); // after Spring Security's chain (-100)
		return filter;
	}

	/** A replica URL is set (application.yml leaves it empty unless {@code LANTOA_REPLICA_URL} is). */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("lantoa.replica.url"));
		}
	}
}
