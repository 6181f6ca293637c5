package vn.lantoa.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.lantoa.shared.ActorArgumentResolver;
import vn.lantoa.shared.Locales;
import vn.lantoa.shared.ReplayClock;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** Parsed expressions kept by the template engine: all the templates' several times over. */
	static final int EXPRESSIONS_KEPT = 20_000;

	private final PlatformTransactionManager transactions;

	WebConfig(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Bean
	Clock clock() {
		return new ReplayClock(java.time.ZoneId.systemDefault());
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Locales.forRequest(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				String value = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi";
				ResponseCookie cookie = ResponseCookie.from(Locales.COOKIE, value).path("/").maxAge(365L * 24 * 3600)
					.httpOnly(true).sameSite("Lax").build();
				response.addHeader("Set-Cookie", cookie.toString());
			}
		};
	}

	@Bean
	static BeanPostProcessor unbuildableForms() {
		return UnbuildableForms.installer();
	}

	/**
	 * Thymeleaf's cache of parsed expressions holds 500 by default, fewer than the pages' expressions together (the
	 * sign-in page and the four busiest pages hold 575, SpEL's and Thymeleaf's own counted apart): the oldest were
	 * dropped while the pages were served, then parsed again, and SpEL compiled them to bytecode again after their
	 * hundredth use.
	 */
	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof TemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS_KEPT);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

	@Bean
	static TransactionManagerCustomizer<AbstractPlatformTransactionManager> refuseWritesInReadOnly() {
		// a service that writes, called inside a read-only transaction (a page view's), fails on every database alike
		return transactions -> transactions.setValidateExistingTransaction(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageTransaction(transactions));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}
}
