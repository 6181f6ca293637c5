package vn.lantoa.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Page sessions kept in the database instead of the node's memory ({@code lantoa.sessions=jdbc}), so that several
 * application nodes behind one address share them: a user signed in on one node stays signed in when the next
 * request lands on another, and signing out on one ends the session everywhere. One node needs none of this and
 * keeps its sessions in memory (the default), which saves a database write per request. Whatever a session holds
 * (the security context with its {@code AccountPrincipal}, the CSRF token, flash messages) is serializable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lantoa.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60)
class ClusterSessions {

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}
}
