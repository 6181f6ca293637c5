package vn.lantoa.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.HasActor;

/** The signed-in account as Spring Security holds it. Authorities: ROLE_x, and SCOPE_write unless read-only. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, HasActor {

	private static final long serialVersionUID = 1L;

	static final String WRITE = "SCOPE_write";

	private final Actor actor;
	private String passwordHash;
	private final boolean enabled;
	private final boolean locked;

	AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
		if (actor.writeAccess()) {
			authorities.add(new SimpleGrantedAuthority(WRITE));
		}
		return authorities;
	}

	/** Signed in, the password's hash is of no more use: it is not kept in the session (nor in its table). */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
