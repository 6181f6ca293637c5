package vn.lantoa.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.activity.EvidenceStore;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * Throwaway activities and evidence files for the access checks: a fresh campaign assigned to the unit (see
 * {@link WorkFixtures#task}), an activity of the unit in it and a small PNG attached, all by an admin whose scope
 * is the province.
 */
final class EvidenceFixtures {

	/** An evidence file (an image, so it has a thumbnail) of a fresh activity. */
	record Attached(long activityId, long evidenceId) {
	}

	private final WorkFixtures work;
	private final CampaignDirectory campaigns;
	private final ActivityRecording recording;
	private final EvidenceStore evidence;
	private final JdbcClient jdbc;

	EvidenceFixtures(WorkFixtures work, CampaignDirectory campaigns, ActivityRecording recording,
			EvidenceStore evidence, JdbcClient jdbc) {
		this.work = work;
		this.campaigns = campaigns;
		this.recording = recording;
		this.evidence = evidence;
		this.jdbc = jdbc;
	}

	/** A fresh activity of the unit. */
	long activity(long unitId) {
		long campaignId = work.task(unitId).campaignId();
		long theme = campaigns.themes(campaignId).get(0).id();
		long channel = campaigns.channels(campaignId).get(0).id();
		return recording.record(admin(), new ActivityDetails(campaignId, unitId, List.of(theme), channel,
				LocalDate.of(2026, 3, 2), null, "Hoạt động thử", null, null, Map.of(), List.of())).getId();
	}

	/** A fresh activity of the unit with one image attached. */
	Attached evidence(long unitId) {
		long activityId = activity(unitId);
		return new Attached(activityId, evidence.attach(admin(), activityId, "ảnh.png", png()).id());
	}

	static byte[] png() {
		try {
			BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
			image.setRGB(1, 1, 0x2266AA);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Actor admin() {
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long province = jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
		return new Actor(admin, "admin", "admin", Role.ADMIN, province, province, true);
	}
}
