package vn.lantoa.shared;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The large part of a page kept as rendered HTML with the values it was rendered from: its view, the locale and the
 * values its model is derived from (records and lists, compared by value). Rendering such a view is a function of
 * these alone, so equal values give the same HTML and no change needs to be announced: a changed figure is a
 * different value. Each place a section is shown (its address: the page's campaign, unit, period, the reader's scope)
 * keeps the last one rendered, so a section whose figures change at every request takes one place, not the whole
 * cache. The page's own template places the HTML with {@code th:utext}. A view kept this way may read nothing else:
 * no request parameters, session or signed-in user, and no beans that read data; and it may not hold a form that
 * posts, whose CSRF token belongs to one session (such HTML is rendered but never kept).
 */
@Component
public class RenderedSections {

	/** Places kept at most; beyond, the cache starts afresh (a national dashboard's section is about 130 KB). */
	static final int CAPACITY = 64;

	/** Where a section is shown: one kept section each. */
	private record Place(String view, Locale locale, List<Object> address) {
	}

	/** A section and the values it was rendered from, their hash computed once (deep lists of records). */
	private record Kept(List<Object> values, int hash, String html) {

		boolean renderedFrom(List<Object> given, int givenHash) {
			return hash == givenHash && values.equals(given);
		}
	}

	private final ThymeleafViewResolver views;
	private final Map<Place, Kept> kept = new ConcurrentHashMap<>();
	private final AtomicLong rendered = new AtomicLong();

	RenderedSections(ThymeleafViewResolver views) {
		this.views = views;
	}

	/**
	 * The HTML of {@code view} shown at {@code address}, rendered from {@code model}, which is derived from
	 * {@code values} alone (and from the locale and the messages): kept from an earlier request with equal values, or
	 * rendered now and kept in the place of the address's earlier one. The values must not change once given.
	 */
	public String render(String view, List<Object> address, Locale locale, List<Object> values,
			Supplier<Map<String, Object>> model, HttpServletRequest request, HttpServletResponse response) {
		Place place = new Place(view, locale, new ArrayList<>(address));
		List<Object> given = new ArrayList<>(values);
		int hash = given.hashCode();
		Kept earlier = kept.get(place);
		if (earlier != null && earlier.renderedFrom(given, hash)) {
			return earlier.html();
		}
		String html = renderNow(view, locale, model.get(), request, response);
		rendered.incrementAndGet();
		if (!html.contains("name=\"_csrf\"")) {
			if (earlier == null && kept.size() >= CAPACITY) {
				kept.clear();
			}
			kept.put(place, new Kept(given, hash, html));
		}
		return html;
	}

	/** Forgets every kept section, so that each is rendered again (a test that exercises the templates themselves). */
	public void forget() {
		kept.clear();
	}

	/** How many sections were rendered rather than taken from the cache, since the start. */
	public long rendered() {
		return rendered.get();
	}

	private String renderNow(String view, Locale locale, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View resolved = views.resolveViewName(view, locale);
			if (resolved == null) {
				throw new IllegalStateException("no view " + view);
			}
			Buffered buffered = new Buffered(response);
			resolved.render(model, request, buffered);
			buffered.writer.flush();
			return buffered.text.toString();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException("rendering " + view, e);
		}
	}

	/** A response that keeps what the view writes and leaves the real response's headers alone. */
	private static final class Buffered extends HttpServletResponseWrapper {

		final StringWriter text = new StringWriter(16_384);
		final PrintWriter writer = new PrintWriter(text);

		Buffered(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a kept section is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void flushBuffer() {
		}
	}
}
