package vn.lantoa.account;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps a signed-in page session true to its account: each request reloads the account (one primary-key read), so
 * a changed role or scope applies at once, and a deactivated account is signed out on its next request. A lock after
 * failed sign-ins does not end sessions already open, so that guessing someone's password cannot throw them out.
 */
class FreshSession extends OncePerRequestFilter {

	private final AccountSignIn signIn;

	FreshSession(AccountSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			AccountPrincipal fresh = signIn.current(principal.actor().accountId())
				.map(account -> signIn.principal(account, true)).orElse(null);
			if (fresh == null || !fresh.isEnabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?error=disabled");
				return;
			}
			if (!fresh.actor().equals(principal.actor())) {
				fresh.eraseCredentials();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
				SecurityContextHolder.setContext(context);
				request.getSession().setAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			}
		}
		chain.doFilter(request, response);
	}
}
