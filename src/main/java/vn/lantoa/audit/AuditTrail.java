package vn.lantoa.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.shared.HasActor;

/**
 * Writes audit events in the caller's transaction, so that a change and its record are saved or lost together.
 * Only the fields that differ between before and after are kept.
 */
@Component
public class AuditTrail {

	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records one action on one entity.
	 *
	 * @param before the fields before the action, empty for a creation
	 * @param after the fields after it, empty for a deletion
	 * @param unitId the unit the entity belongs to, so that admins can filter by subtree
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entity, Object entityId, String action, Map<String, ?> before, Map<String, ?> after,
			Long unitId) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		for (String field : union(before, after)) {
			Object was = before.get(field);
			Object is = after.get(field);
			if (!Objects.equals(was, is)) {
				changes.put(field, new Object[] { was, is });
			}
		}
		jdbc.sql("""
				insert into audit_event (at, actor, entity, entity_id, action, changes, unit_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(Instant.now(clock)), currentActor(), entity, String.valueOf(entityId), action,
					json.writeValueAsString(changes), unitId)
			.update();
	}

	/** The username of whoever is signed in, or {@value #SYSTEM} for start-up and scheduled work. */
	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof HasActor principal) {
			return principal.actor().username();
		}
		return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth.getName()
				: SYSTEM;
	}

	private static Iterable<String> union(Map<String, ?> a, Map<String, ?> b) {
		LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>();
		a.keySet().forEach(k -> keys.put(k, true));
		b.keySet().forEach(k -> keys.put(k, true));
		return keys.keySet();
	}
}
