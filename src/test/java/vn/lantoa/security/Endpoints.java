package vn.lantoa.security;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's endpoints as Spring MVC maps them, written "METHOD /pattern" ("*" for any method). The
 * handlers of springdoc and of Spring Boot itself (actuator, Boot's error controller) are not the application's.
 */
final class Endpoints {

	private static final List<String> NOT_OURS = List.of("org.springdoc.", "org.springframework.boot.");

	private Endpoints() {
	}

	static SortedSet<String> of(RequestMappingHandlerMapping mapping) {
		SortedSet<String> endpoints = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (ours(handler)) {
				endpoints.addAll(keys(info));
			}
		});
		return endpoints;
	}

	private static boolean ours(HandlerMethod handler) {
		String type = handler.getBeanType().getName();
		return NOT_OURS.stream().noneMatch(type::startsWith);
	}

	private static Set<String> keys(RequestMappingInfo info) {
		Set<String> keys = new TreeSet<>();
		Set<String> methods = new TreeSet<>();
		info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
		if (methods.isEmpty()) {
			methods.add("*");
		}
		for (String pattern : info.getPatternValues()) {
			methods.forEach(method -> keys.add(method + " " + pattern));
		}
		return keys;
	}
}
