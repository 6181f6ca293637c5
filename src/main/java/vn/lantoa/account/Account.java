package vn.lantoa.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * A person's account: one role, the unit they belong to and the unit whose subtree they work on (their scope).
 * An account without a password hash cannot sign in; none has a built-in password.
 */
@Table("account")
public class Account {

	@Id
	private Long id;
	private String username;
	private String fullName;
	private String email;
	private Role role;
	private long unitId;
	private long scopeUnitId;
	private String passwordHash;
	private boolean active;
	private int failedLogins;
	private Instant lockedUntil;
	@Version
	private Integer version;
	private Instant createdAt;

	@PersistenceCreator
	Account(Long id, String username, String fullName, String email, Role role, long unitId, long scopeUnitId,
			String passwordHash, boolean active, int failedLogins, Instant lockedUntil, Integer version,
			Instant createdAt) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.unitId = unitId;
		this.scopeUnitId = scopeUnitId;
		this.passwordHash = passwordHash;
		this.active = active;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.version = version;
		this.createdAt = createdAt;
	}

	static Account open(AccountDetails details, String passwordHash, Instant now) {
		Account account = new Account(null, details.username().trim().toLowerCase(), null, null, null, 0, 0,
				passwordHash, true, 0, null, null, now);
		account.describe(details);
		return account;
	}

	void describe(AccountDetails details) {
		this.fullName = details.fullName().trim();
		this.email = details.email() == null || details.email().isBlank() ? null : details.email().trim();
		this.role = details.role();
		this.unitId = details.unitId();
		this.scopeUnitId = details.scopeUnitId();
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	int failedLogins() {
		return failedLogins;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed sign-in; the {@code limit}-th in a row locks the account for {@code lockout}. */
	void failedLogin(int limit, Duration lockout, Instant now) {
		failedLogins++;
		if (failedLogins >= limit) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
		}
	}

	Actor actor(boolean writeAccess) {
		return new Actor(id, username, fullName, role, unitId, scopeUnitId, writeAccess);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("fullName", fullName);
		fields.put("email", email);
		fields.put("role", role);
		fields.put("unitId", unitId);
		fields.put("scopeUnitId", scopeUnitId);
		fields.put("active", active);
		return fields;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getFullName() {
		return fullName;
	}

	public String getEmail() {
		return email;
	}

	public Role getRole() {
		return role;
	}

	public long getUnitId() {
		return unitId;
	}

	public long getScopeUnitId() {
		return scopeUnitId;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Integer getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
