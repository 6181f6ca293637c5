package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Refusal;

/**
 * An activity is checked against the campaign's rules as they are in the database when it is recorded, whatever
 * this node read before: the rules are changed here in SQL, behind the application's back, as another node sharing
 * the database (or an administrator) would change them, so that a cache of the rules on this node, invalidated by
 * events or by anything but the database, would let the activity through.
 */
@LanToaTest
class ActivityRulesIntegrationTests {

	@Autowired
	ActivityRecording recording;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;

	long campaign;
	long theme;
	long channel;

	@BeforeEach
	void demoCampaign() {
		campaign = jdbc.sql("select id from campaign where title = ?")
			.param("Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị").query(Long.class).list()
			.get(0);
		theme = campaigns.themes(campaign).get(0).id();
		channel = campaigns.channels(campaign).get(1).id();
	}

	ActivityDetails broadcasts(String amount) {
		return new ActivityDetails(campaign, fixtures.unit("DB-DUCXUAN"), List.of(theme), channel,
				LocalDate.of(2024, 5, 10), null, "Phát thanh " + Fixtures.unique("R"), null, null,
				Map.of("broadcasts", new BigDecimal(amount)), List.of());
	}

	@Test
	void refusesAMeasureTheChannelNoLongerCounts() {
		recording.record(fixtures.actor("ducxuan"), broadcasts("3"));
		String codes = jdbc.sql("select measure_codes from campaign_channel where id = ?").param(channel)
			.query(String.class).single();
		assertThat(codes.split(",")).contains("broadcasts");
		String without = Arrays.stream(codes.split(",")).filter(c -> !c.equals("broadcasts"))
			.collect(Collectors.joining(","));
		jdbc.sql("update campaign_channel set measure_codes = ? where id = ?").params(without, channel).update();
		try {
			assertThatThrownBy(() -> recording.record(fixtures.actor("ducxuan"), broadcasts("3")))
				.isInstanceOfSatisfying(Refusal.class, e -> {
					assertThat(e.messageKey()).isEqualTo("activity.error.measure");
					assertThat(e.arguments()).containsExactly("broadcasts");
				});
		} finally {
			jdbc.sql("update campaign_channel set measure_codes = ? where id = ?").params(codes, channel).update();
		}
		assertThat(recording.record(fixtures.actor("ducxuan"), broadcasts("3")).measureMap())
			.containsEntry("broadcasts", new BigDecimal("3"));
	}

	@Test
	void refusesAnAmountAboveAMaximumLoweredSince() {
		recording.record(fixtures.actor("ducxuan"), broadcasts("12"));
		BigDecimal max = jdbc.sql("select max_value from measure where code = 'broadcasts'").query(BigDecimal.class)
			.single();
		jdbc.sql("update measure set max_value = 10 where code = 'broadcasts'").update();
		try {
			assertThatThrownBy(() -> recording.record(fixtures.actor("ducxuan"), broadcasts("12")))
				.isInstanceOfSatisfying(Refusal.class, e -> {
					assertThat(e.messageKey()).isEqualTo("activity.error.amount");
					assertThat(e.arguments()).containsExactly("Buổi phát thanh trên loa", "10");
				});
		} finally {
			jdbc.sql("update measure set max_value = ? where code = 'broadcasts'").param(max).update();
		}
	}

	@Test
	void refusesADateOutsideAPeriodShortenedSince() {
		recording.record(fixtures.actor("ducxuan"), broadcasts("1"));
		LocalDate ends = jdbc.sql("select ends_on from campaign where id = ?").param(campaign)
			.query(LocalDate.class).single();
		jdbc.sql("update campaign set ends_on = date '2024-05-09' where id = ?").param(campaign).update();
		try {
			assertThatThrownBy(() -> recording.record(fixtures.actor("ducxuan"), broadcasts("1")))
				.isInstanceOfSatisfying(Refusal.class,
						e -> assertThat(e.messageKey()).isEqualTo("activity.error.outsideCampaign"));
		} finally {
			jdbc.sql("update campaign set ends_on = ? where id = ?").params(ends, campaign).update();
		}
	}
}
