package vn.lantoa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Actor;

@LanToaTest
class CampaignDirectoryIntegrationTests {

	@Autowired
	CampaignDirectory directory;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Fixtures fixtures;

	@Test
	void theCampaignsAScopeSeesAreKeptWhileTheRegistersCounterStandsStill() {
		Actor reporter = fixtures.actor("ducxuan");
		Campaign campaign = directory.visible(reporter).get(0);
		String title = campaign.getTitle();
		assertThat(directory.get(reporter, campaign.getId()).getTitle()).isEqualTo(title);
		try {
			// changed behind the node's back (the application never changes a planned campaign): kept
			jdbc.sql("update campaign set title = ? where id = ?").params(title + " (sửa tay)", campaign.getId())
				.update();
			assertThat(directory.visible(reporter).get(0).getTitle()).isEqualTo(title);
			assertThat(directory.get(reporter, campaign.getId()).getTitle()).isEqualTo(title);
			// what decides what a scope sees (planning, assignments, the tree) moves the register's counter
			bumpRegister();
			assertThat(directory.visible(reporter).get(0).getTitle()).isEqualTo(title + " (sửa tay)");
			assertThat(directory.get(reporter, campaign.getId()).getTitle()).isEqualTo(title + " (sửa tay)");
		} finally {
			jdbc.sql("update campaign set title = ? where id = ?").params(title, campaign.getId()).update();
			bumpRegister();
		}
		assertThat(directory.visible(reporter).get(0).getTitle()).isEqualTo(title);
	}

	private void bumpRegister() {
		jdbc.sql("update change_counter set changes = changes + 1 where name = 'register'").update();
	}
}
