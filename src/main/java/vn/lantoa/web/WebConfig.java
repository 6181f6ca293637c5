package vn.lantoa.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.shared.ActorArgumentResolver;
import vn.lantoa.shared.Locales;
import vn.lantoa.shared.ReplayClock;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

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
	static org.springframework.beans.factory.config.BeanPostProcessor unbuildableForms() {
		return UnbuildableForms.installer();
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
