package vn.lantoa.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Marks the requests whose reads may go to the read replica ({@link ReadReplica}): GETs of the paths listed in
 * {@code lantoa.replica.paths}, pages that only read and never show what their user has just written. The mark holds
 * on the request's thread while the rest of the chain runs (controller, view) and is removed when it returns, so it
 * never reaches the next request the thread serves, nor other threads (event listeners, scheduled jobs). The filter
 * runs after Spring Security's, so that signing in, API tokens and the account reloaded on each request
 * ({@code account/FreshSession}) keep reading the primary.
 */
final class ReplicaPages extends OncePerRequestFilter {

	private static final ThreadLocal<Boolean> MARKED = new ThreadLocal<>();

	private final List<PathPattern> paths;

	ReplicaPages(List<String> paths) {
		this.paths = paths.stream().map(String::strip).filter(p -> !p.isEmpty())
			.map(PathPatternParser.defaultInstance::parse).toList();
	}

	/** Whether the current thread serves a request whose reads may go to the replica. */
	static boolean current() {
		return MARKED.get() != null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
			.pathWithinApplication();
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MARKED.set(Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		} finally {
			MARKED.remove();
		}
	}
}
