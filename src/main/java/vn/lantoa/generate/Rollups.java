package vn.lantoa.generate;

import java.lang.reflect.Method;

import org.springframework.context.ApplicationContext;

/**
 * Rebuilds the roll-up tables of a generated campaign, when the application has them: through the roll-up module's
 * public {@code rebuild(long campaignId)}, looked up by name so that the generator does not depend on that module.
 */
final class Rollups {

	private Rollups() {
	}

	/** @return whether there were roll-ups to rebuild */
	static boolean rebuild(ApplicationContext context, long campaignId) {
		Class<?> type;
		try {
			type = Class.forName("vn.lantoa.rollup.Rollups");
		} catch (ClassNotFoundException e) {
			return false;
		}
		try {
			Object rollups = context.getBean(type);
			Method rebuild = type.getMethod("rebuild", long.class);
			rebuild.invoke(rollups, campaignId);
			return true;
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("roll-up rebuild failed", e);
		}
	}
}
