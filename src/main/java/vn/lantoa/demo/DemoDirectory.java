package vn.lantoa.demo;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.account.Accounts;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;

/**
 * What every part of the demo looks up: whether the demo is on ({@code lantoa.demo}, by default only with the
 * embedded database), the demo accounts as actors, units by code, and the seed campaign.
 */
@Component
class DemoDirectory {

	static final String SEED_CAMPAIGN = "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị";

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final CampaignDirectory campaigns;
	private final boolean enabled;

	DemoDirectory(Accounts accounts, JdbcClient jdbc, CampaignDirectory campaigns, @Value("${lantoa.demo:}") String demo,
			@Value("${spring.datasource.url}") String url) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.enabled = demo.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(demo.trim());
	}

	boolean enabled() {
		return enabled;
	}

	/** The demo's Propaganda Board coordinator, once the demo accounts exist. */
	Optional<Actor> board() {
		return accounts.findByUsername("tuyengiao").isPresent() ? Optional.of(actor("tuyengiao")) : Optional.empty();
	}

	Actor actor(String username) {
		return accounts.findByUsername(username).map(a -> new Actor(a.getId(), a.getUsername(), a.getFullName(),
				a.getRole(), a.getUnitId(), a.getScopeUnitId(), true)).orElseThrow();
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	String code(long unitId) {
		return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
	}

	Optional<Campaign> seedCampaign(Actor board) {
		return campaigns.visible(board).stream().filter(c -> c.getTitle().equals(SEED_CAMPAIGN)).findFirst();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
