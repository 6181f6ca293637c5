package vn.lantoa.account;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API under {@code /api} (bearer tokens only, no session, hence no CSRF), and the pages
 * (form sign-in, session, CSRF on every state-changing request). Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountSignIn signIn, PasswordEncoder passwords,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(signIn);
		provider.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(List.of(provider));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, vn.lantoa.shared.ApiErrorWriter errors) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers("/api/docs", "/api/docs/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
				.anyRequest().hasAuthority(AccountPrincipal.WRITE))
			.exceptionHandling(e -> e.authenticationEntryPoint(errors::unauthorized)
				.accessDeniedHandler(errors::forbidden))
			.headers(SecurityConfig::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager,
			AuthenticationFailureHandler loginFailure, AccountSignIn signIn) throws Exception {
		http.authenticationManager(manager)
			.addFilterBefore(new FreshSession(signIn), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/language", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**", "/swagger-ui/**", "/public", "/public/**")
				.permitAll()
				.requestMatchers("/accounts/**", "/audit/**", "/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailure).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(SecurityConfig::headers);
		return http.build();
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN));
	}
}
