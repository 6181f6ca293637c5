package vn.lantoa.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Asks PostgreSQL to plan every statement for its actual values. The lists filter by words and dates whose
 * selectivity varies by orders of magnitude; a generic plan cached after a few executions (PostgreSQL's default)
 * picks one access path for all of them and made a word search over a million activities ten times slower.
 */
@Component
class DatabaseTuning implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			pool.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		}
		return bean;
	}
}
