package vn.lantoa.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.Refusal;

/**
 * Bearer tokens for API clients. The token is shown once, at creation; only its SHA-256 hash is stored, so a copy
 * of the database does not hold usable tokens. A read token cannot change anything.
 */
@Service
public class ApiTokens {

	/** How often a token's last use is written at most (the token list shows it to the minute). */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	public enum Scope {
		READ, READ_WRITE
	}

	public record Issued(String token, Instant expiresAt) {
	}

	public record TokenView(long id, String name, Scope scope, Instant createdAt, Instant expiresAt,
			Instant revokedAt, Instant lastUsedAt) {

		public boolean isUsable(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}
	}

	static final int MAX_DAYS = 365;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final AccountSignIn signIn;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration defaultValidity;

	ApiTokens(JdbcClient jdbc, Accounts accounts, AccountSignIn signIn, AuditTrail audit, Clock clock,
			@Value("${lantoa.security.token-validity}") Duration defaultValidity) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.signIn = signIn;
		this.audit = audit;
		this.clock = clock;
		this.defaultValidity = defaultValidity;
	}

	@Transactional
	public Issued issue(long accountId, String name, Scope scope, Integer expiresInDays) {
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
			throw new Refusal(400, "token.error.days", MAX_DAYS);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "lt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(expiresInDays == null ? defaultValidity : Duration.ofDays(expiresInDays));
		String label = name == null || name.isBlank() ? "API" : name.trim();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (account_id, name, token_hash, scope, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, label.length() > 100 ? label.substring(0, 100) : label, hash(token), scope.name(),
					Timestamp.from(now), Timestamp.from(expiresAt))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record("ApiToken", id, "CREATE", Map.of(), Map.of("accountId", accountId, "scope", scope),
				accounts.findById(accountId).map(Account::getUnitId).orElse(null));
		return new Issued(token, expiresAt);
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(long accountId) {
		return jdbc.sql("""
				select id, name, scope, created_at, expires_at, revoked_at, last_used_at
				from api_token where account_id = ? order by created_at desc""").param(accountId)
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), Scope.valueOf(rs.getString(3)),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	@Transactional
	public void revoke(Actor actor, long tokenId) {
		int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, actor.accountId()).update();
		if (changed == 0) {
			throw new NotFound("token", tokenId);
		}
		audit.record("ApiToken", tokenId, "REVOKE", Map.of("revoked", false), Map.of("revoked", true), actor.unitId());
	}

	/** The principal a bearer token stands for, if it is known, unrevoked, unexpired and its account usable. */
	@Transactional
	Optional<AccountPrincipal> authenticate(String token) {
		Instant now = clock.instant();
		record Found(long id, long accountId, Scope scope, Timestamp lastUsedAt) {
		}
		Optional<Found> found = jdbc.sql("""
				select id, account_id, scope, last_used_at from api_token
				where token_hash = ? and revoked_at is null and expires_at > ?""").params(hash(token), Timestamp.from(now))
			.query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), Scope.valueOf(rs.getString(3)), rs.getTimestamp(4)))
			.optional();
		return found.flatMap(f -> signIn.current(f.accountId())
			.filter(a -> a.isActive() && !a.isLockedAt(now))
			.map(a -> {
				// to the minute: a client calling many times a minute does not write the row on every call
				if (f.lastUsedAt() == null || f.lastUsedAt().toInstant().isBefore(now.minus(LAST_USE_PRECISION))) {
					jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), f.id())
						.update();
				}
				return signIn.principal(a, f.scope() == Scope.READ_WRITE);
			}));
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}
}
