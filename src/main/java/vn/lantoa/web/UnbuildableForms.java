package vn.lantoa.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form record that cannot even be built (a number field sent as "abc", a date as "2026-02-30": constructor binding
 * fails) reaches its controller with errors bound to no object, and the controller or the page it shows again fails
 * on them. Such a request is refused as invalid instead (400 with the field errors), before the controller runs.
 * Browsers do not send such values through the pages' own fields.
 */
class UnbuildableForms implements HandlerMethodArgumentResolver {

	private final HandlerMethodArgumentResolver delegate;

	UnbuildableForms(HandlerMethodArgumentResolver delegate) {
		this.delegate = delegate;
	}

	/** Wraps Spring MVC's form binding in every handler adapter. */
	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
					adapter.getArgumentResolvers().forEach(r -> resolvers
						.add(r instanceof ModelAttributeMethodProcessor ? new UnbuildableForms(r) : r));
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}
		};
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return delegate.supportsParameter(parameter);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
		Object form = delegate.resolveArgument(parameter, container, request, binders);
		if (container != null) {
			Object result = container.getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + ModelFactory.getNameForParameter(parameter));
			if (result instanceof BindingResult errors && errors.hasErrors() && errors.getTarget() == null) {
				throw new BindException(errors);
			}
		}
		return form;
	}
}
