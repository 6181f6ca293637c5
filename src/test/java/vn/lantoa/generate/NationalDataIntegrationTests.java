package vn.lantoa.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;

@LanToaTest
class NationalDataIntegrationTests {

	@Autowired
	NationalData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatesAFiveLevelTreeItsClosureACampaignAndSkewedActivities() {
		String prefix = Fixtures.unique("G").replace("-", "").toUpperCase();
		NationalData.Result r = data.generate(new NationalData.Options(500, 20_000, prefix, 2025, "gen-Pass-2026", 7));

		long root = r.rootId();
		assertThat(r.units()).isEqualTo(500);
		assertThat(count("select count(*) from org_unit where code = ? or code like ?", prefix, prefix + "-%"))
			.isEqualTo(500);
		// the subtree of the root is the whole generated tree, five levels deep
		assertThat(count("select count(*) from org_unit_tree where ancestor_id = ?", root)).isEqualTo(500);
		assertThat(count("select max(depth) from org_unit_tree where ancestor_id = ?", root)).isEqualTo(4);
		int[] sizes = NationalData.levelSizes(500);
		for (int depth = 0; depth < 5; depth++) {
			assertThat(count("select count(*) from org_unit_tree where ancestor_id = ? and depth = ?", root, depth))
				.as("level %d", depth).isEqualTo(sizes[depth]);
		}
		// the closure table matches the parent links: each unit has one ancestor per level above it, itself included
		assertThat(count("""
				select count(*) from org_unit_tree t join org_unit_tree r on r.unit_id = t.unit_id and r.ancestor_id = ?
				where r.depth <> (select count(*) from org_unit_tree x where x.unit_id = t.unit_id) - 1""", root))
			.isZero();
		assertThat(count("""
				select count(*) from org_unit u join org_unit_tree r on r.unit_id = u.id and r.ancestor_id = ?
				where u.parent_id is not null and not exists (select 1 from org_unit_tree t
				  where t.unit_id = u.id and t.ancestor_id = u.parent_id and t.depth = 1)""", root)).isZero();
		assertThat(r.closureRows()).isEqualTo(count("""
				select count(*) from org_unit_tree t join org_unit_tree r on r.unit_id = t.unit_id and r.ancestor_id = ?""",
				root));

		// the campaign, its assignments (every unit under the root) and the activities, all in the generated tree
		assertThat(count("select count(*) from assignment where campaign_id = ?", r.campaignId())).isEqualTo(499);
		assertThat(count("select count(*) from activity where campaign_id = ?", r.campaignId())).isEqualTo(20_000);
		assertThat(count("""
				select count(*) from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
				where a.campaign_id = ?""", root, r.campaignId())).isEqualTo(20_000);
		assertThat(count("""
				select count(*) from activity_theme t join activity a on a.id = t.activity_id where a.campaign_id = ?""",
				r.campaignId())).isGreaterThanOrEqualTo(20_000);
		assertThat(count("""
				select count(*) from activity_measure m join activity a on a.id = m.activity_id where a.campaign_id = ?""",
				r.campaignId())).isGreaterThanOrEqualTo(20_000);

		// skew: idle grassroots units, and the busiest tenth of the recording units records far more than a tenth
		List<Long> perUnit = jdbc.sql("""
				select count(*) from activity where campaign_id = ? group by unit_id order by count(*) desc""")
			.param(r.campaignId()).query(Long.class).list();
		assertThat(perUnit.size()).isLessThan(500 - 1 - sizes[1]);
		long top = perUnit.stream().limit(perUnit.size() / 10).mapToLong(Long::longValue).sum();
		assertThat(top).isGreaterThan(20_000 / 5);
		// seasonal peak: February above July
		assertThat(count("select count(*) from activity where campaign_id = ? and extract(month from starts_on) = 2",
				r.campaignId())).isGreaterThan(count(
						"select count(*) from activity where campaign_id = ? and extract(month from starts_on) = 7",
						r.campaignId()));

		// accounts can sign in with the password; identities continue after the generated ids
		assertThat(count("select count(*) from account where username like ?", prefix.toLowerCase() + "-%"))
			.isEqualTo(r.accounts());
		long newId = jdbc.sql("""
				insert into campaign_theme (campaign_id, position, title) values (?, 99, 'x')""").param(r.campaignId())
			.update();
		assertThat(newId).isEqualTo(1);
	}

	private long count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (Object p : params) {
			spec = spec.param(p);
		}
		return spec.query(Long.class).single();
	}
}
