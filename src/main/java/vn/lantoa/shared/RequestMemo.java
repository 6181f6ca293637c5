package vn.lantoa.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers kept for the rest of one page view: the same campaign, catalogue or change counter asked by several
 * parts of a page (a dashboard asked for them seven times) is read once per GET request. Outside a GET request (a form
 * post, an API write, a scheduled job, a test calling a service) nothing is kept, so a write, and whatever reads after
 * it in the same request, never see an answer from before the write.
 */
public final class RequestMemo {

	private static final String ATTRIBUTE = RequestMemo.class.getName();

	private RequestMemo() {
	}

	/** The answer for the key in this GET request: kept, or computed now and kept; computed every time elsewhere. */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> compute) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)
				|| !"GET".equals(servlet.getRequest().getMethod())) {
			return compute.get();
		}
		Map<Object, Object> kept = (Map<Object, Object>) attributes.getAttribute(ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (kept == null) {
			kept = new HashMap<>();
			attributes.setAttribute(ATTRIBUTE, kept, RequestAttributes.SCOPE_REQUEST);
		}
		if (kept.containsKey(key)) {
			return (T) kept.get(key);
		}
		T value = compute.get();
		kept.put(key, value);
		return value;
	}
}
