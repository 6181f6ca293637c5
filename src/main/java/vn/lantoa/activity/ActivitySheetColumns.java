package vn.lantoa.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;

import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.campaign.CampaignDirectory.ThemeView;
import vn.lantoa.campaign.MeasureCatalogue.Measure;

/**
 * The columns of a campaign's activity sheet, shared by the template and the import. Each column has a key (the
 * hidden second header row holds it, so the import finds the columns even when a user moves or renames them) and
 * the Vietnamese header users read; a measure column's key is {@code m:<code>}.
 */
record ActivitySheetColumns(List<Column> columns) {

	static final Locale VI = Locale.forLanguageTag("vi");
	static final String SHEET = "activitySheet.sheet";
	static final String LISTS = "activitySheet.lists";
	static final String MEASURE = "m:";
	static final int MAX_CHOICE = 200;

	enum Kind {
		UNIT, STARTS_ON, ENDS_ON, TITLE, DESCRIPTION, PLACE, THEMES, CHANNEL, MEASURE, LINKS
	}

	/** A column: what it holds, its key, its header and, for a measure, the measure. */
	record Column(Kind kind, String key, String header, Measure measure) {
	}

	/** The columns for the campaign: the fixed ones, one for each measure a channel of it counts, then the links. */
	static ActivitySheetColumns of(List<ChannelView> channels, List<Measure> catalogue, MessageSource messages) {
		Set<String> used = new HashSet<>();
		channels.forEach(c -> used.addAll(c.measureCodes()));
		List<Column> columns = new ArrayList<>();
		for (Kind kind : List.of(Kind.UNIT, Kind.STARTS_ON, Kind.ENDS_ON, Kind.TITLE, Kind.DESCRIPTION, Kind.PLACE,
				Kind.THEMES, Kind.CHANNEL)) {
			columns.add(fixed(kind, messages));
		}
		for (Measure m : catalogue) {
			if (used.contains(m.code())) {
				columns.add(new Column(Kind.MEASURE, MEASURE + m.code(), m.nameVi() + " (" + m.unitVi() + ")", m));
			}
		}
		columns.add(fixed(Kind.LINKS, messages));
		return new ActivitySheetColumns(List.copyOf(columns));
	}

	private static Column fixed(Kind kind, MessageSource messages) {
		String key = switch (kind) {
			case UNIT -> "unit";
			case STARTS_ON -> "startsOn";
			case ENDS_ON -> "endsOn";
			case TITLE -> "title";
			case DESCRIPTION -> "description";
			case PLACE -> "place";
			case THEMES -> "themes";
			case CHANNEL -> "channel";
			case LINKS -> "links";
			case MEASURE -> throw new IllegalArgumentException();
		};
		return new Column(kind, key, messages.getMessage("activitySheet." + key, null, VI), null);
	}

	int indexOf(Kind kind) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).kind() == kind) {
				return i;
			}
		}
		return -1;
	}

	/** The column with this key, or else with this header (a sheet whose key row was deleted), or null. */
	Column find(String key, String header) {
		for (Column c : columns) {
			if (c.key().equals(key)) {
				return c;
			}
		}
		for (Column c : columns) {
			if (header != null && c.header().equalsIgnoreCase(header.trim())) {
				return c;
			}
		}
		return null;
	}

	/** A theme as the dropdown shows it: its number and its title cut to 200 characters. */
	static String choice(ThemeView theme) {
		return choice(theme.position(), theme.title());
	}

	static String choice(ChannelView channel) {
		return choice(channel.position(), channel.title());
	}

	private static String choice(int position, String title) {
		String text = title.strip();
		return position + ". " + (text.length() > MAX_CHOICE ? text.substring(0, MAX_CHOICE) : text);
	}
}
