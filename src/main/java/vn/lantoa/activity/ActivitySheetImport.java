package vn.lantoa.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.lantoa.activity.ActivitySheetColumns.Kind;
import vn.lantoa.activity.ActivitySheetReader.SheetRow;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.campaign.CampaignDirectory.ThemeView;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.RowErrors;
import vn.lantoa.shared.RowErrors.RowError;

/**
 * Records the activities of a filled-in template, all or nothing: every row is read and checked by the same rules
 * as a single entry ({@link ActivityRecording}), and if any row is wrong nothing is saved and each wrong row is
 * reported with its line. A theme or channel is given by its number ("2." or "2") or its exact title, a unit by
 * its code; a row for a unit outside the caller's subtree is a row error, not a refusal of the whole file.
 */
@Service
class ActivitySheetImport {

	static final int MAX_ROWS = 5_000;
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final ActivityRecording recording;
	private final CampaignDirectory campaigns;
	private final MeasureCatalogue measures;
	private final OrgUnits units;
	private final MessageSource messages;
	private final TransactionTemplate transactions;

	ActivitySheetImport(ActivityRecording recording, CampaignDirectory campaigns, MeasureCatalogue measures,
			OrgUnits units, MessageSource messages, TransactionTemplate transactions) {
		this.recording = recording;
		this.campaigns = campaigns;
		this.measures = measures;
		this.units = units;
		this.messages = messages;
		this.transactions = transactions;
	}

	/** Refuses callers who may not record activities at all (leaders, read-only tokens). */
	static void requireImporter(Actor actor) {
		if (actor.is(Role.LEADER) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
	}

	/** Records every row of the file, or none; the number recorded. */
	int importFile(Actor actor, long campaignId, MultipartFile file) {
		requireImporter(actor);
		campaigns.get(actor, campaignId);
		if (file == null || file.isEmpty()) {
			throw new Refusal(400, "import.error.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new Refusal(413, "activitySheet.error.tooLarge");
		}
		List<ThemeView> themes = campaigns.themes(campaignId);
		List<ChannelView> channels = campaigns.channels(campaignId);
		ActivitySheetColumns columns = ActivitySheetColumns.of(channels, measures.all(), messages);
		List<SheetRow> rows;
		try {
			rows = ActivitySheetReader.read(file.getBytes(), columns,
					messages.getMessage(ActivitySheetColumns.SHEET, null, ActivitySheetColumns.VI), MAX_ROWS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (rows.isEmpty()) {
			throw new Refusal(400, "activitySheet.error.noRows");
		}
		List<RowError> errors = new ArrayList<>();
		List<ActivityDetails> activities = new ArrayList<>();
		for (SheetRow row : rows) {
			ActivityDetails details = new ActivitySheetRow(campaignId, columns, themes, channels, units::findByCode, row).details(errors);
			if (details != null && checked(actor, row, details, errors)) {
				activities.add(details);
			}
		}
		if (!errors.isEmpty()) {
			throw new RowErrors(errors);
		}
		transactions.executeWithoutResult(status -> activities.forEach(d -> recording.record(actor, d)));
		return activities.size();
	}

	private boolean checked(Actor actor, SheetRow row, ActivityDetails details, List<RowError> errors) {
		try {
			recording.check(actor, details);
			return true;
		} catch (OutOfScope e) {
			errors.add(new RowError(row.line(), "activitySheet.error.unitOutOfScope", List.of(unitCode(row))));
		} catch (Refusal e) {
			errors.add(new RowError(row.line(), e.messageKey(), Arrays.asList(e.arguments())));
		}
		return false;
	}

	private static String unitCode(SheetRow row) {
		return row.values().entrySet().stream().filter(e -> e.getKey().kind() == Kind.UNIT)
			.map(e -> ActivitySheetRow.text(e.getValue())).findFirst().orElse("");
	}
}
