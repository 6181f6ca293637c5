package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.lantoa.activity.ActivitySheetColumns.Column;
import vn.lantoa.activity.ActivitySheetColumns.Kind;
import vn.lantoa.activity.ActivitySheetReader.SheetRow;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.campaign.CampaignDirectory.ThemeView;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.shared.RowErrors.RowError;

/**
 * One row of an activity sheet turned into {@link ActivityDetails}, collecting what cannot be read (an unknown
 * unit code, theme or channel, a date or number that is not one); the campaign's rules are checked afterwards.
 */
final class ActivitySheetRow {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})\\s*[.)]?(\\s.*)?$", Pattern.DOTALL);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final long campaignId;
	private final ActivitySheetColumns columns;
	private final List<ThemeView> themes;
	private final List<ChannelView> channels;
	private final SheetRow row;
	private final Function<String, Optional<OrgUnit>> units;
	private final List<RowError> found = new ArrayList<>();

	ActivitySheetRow(long campaignId, ActivitySheetColumns columns, List<ThemeView> themes, List<ChannelView> channels,
			Function<String, Optional<OrgUnit>> units, SheetRow row) {
		this.units = units;
		this.campaignId = campaignId;
		this.columns = columns;
		this.themes = themes;
		this.channels = channels;
		this.row = row;
	}

	ActivityDetails details(List<RowError> errors) {
		String code = text(Kind.UNIT);
		Optional<OrgUnit> unit = code.isEmpty() ? Optional.empty() : units.apply(code);
		if (unit.isEmpty()) {
			error("activitySheet.error.unit", code);
		}
		LocalDate startsOn = date(Kind.STARTS_ON);
		LocalDate endsOn = date(Kind.ENDS_ON);
		List<Long> themeIds = new ArrayList<>();
		String themeText = text(Kind.THEMES);
		Long whole = pick(themeText, themes.stream().map(t -> new Choice(t.id(), t.position(), t.title())).toList());
		if (whole != null) {
			themeIds.add(whole);
		} else if (!themeText.isEmpty()) {
			for (String part : themeText.split("[;\\n]")) {
				Long id = pick(part.strip(), themes.stream().map(t -> new Choice(t.id(), t.position(), t.title()))
					.toList());
				if (id == null) {
					error("activitySheet.error.theme", part.strip());
				} else if (!themeIds.contains(id)) {
					themeIds.add(id);
				}
			}
		}
		String channelText = text(Kind.CHANNEL);
		Long channelId = pick(channelText, channels.stream().map(c -> new Choice(c.id(), c.position(), c.title()))
			.toList());
		if (channelId == null && !channelText.isEmpty()) {
			error("activitySheet.error.channel", channelText);
		}
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (Column column : columns.columns()) {
			if (column.kind() == Kind.MEASURE && row.get(column) != null) {
				amounts.put(column.measure().code(), number(column));
			}
		}
		String links = text(Kind.LINKS);
		errors.addAll(found);
		if (!found.isEmpty()) {
			return null;
		}
		return new ActivityDetails(campaignId, unit.get().getId(), themeIds, channelId == null ? 0 : channelId,
				startsOn, endsOn, text(Kind.TITLE), emptyToNull(text(Kind.DESCRIPTION)),
				emptyToNull(text(Kind.PLACE)), amounts, links.isEmpty() ? List.of() : List.of(links.split("\\s+")));
	}

	private record Choice(long id, int position, String title) {
	}

	/** The choice the text names by its number ("2." or "2"), its dropdown text or its exact title. */
	private static Long pick(String text, List<Choice> choices) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher number = NUMBERED.matcher(text);
		for (Choice c : choices) {
			if (number.matches() && Integer.parseInt(number.group(1)) == c.position()
					|| c.title().strip().equalsIgnoreCase(text)) {
				return c.id();
			}
		}
		return null;
	}

	private LocalDate date(Kind kind) {
		Object value = row.get(column(kind));
		if (value == null || value instanceof LocalDate) {
			return (LocalDate) value;
		}
		if (value instanceof BigDecimal serial) {
			return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
		}
		String text = value.toString();
		try {
			return text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			error("activitySheet.error.date", text);
			return null;
		}
	}

	private BigDecimal number(Column column) {
		Object value = row.get(column);
		if (value instanceof BigDecimal n) {
			return n;
		}
		String text = value.toString().replace(" ", "").replace("\u00a0", "");
		try {
			// Vietnamese writes 1.234,5; a lone comma is a decimal comma
			return new BigDecimal(text.contains(",") ? text.replace(".", "").replace(',', '.') : text);
		} catch (NumberFormatException e) {
			error("activitySheet.error.number", column.header(), value);
			return null;
		}
	}

	private String text(Kind kind) {
		return text(row.get(column(kind)));
	}

	static String text(Object value) {
		return value == null ? "" : value instanceof LocalDate d ? d.format(SHOWN)
				: value instanceof BigDecimal n ? n.toPlainString() : value.toString().strip();
	}

	private Column column(Kind kind) {
		int index = columns.indexOf(kind);
		return index < 0 ? null : columns.columns().get(index);
	}

	private void error(String key, Object... arguments) {
		found.add(new RowError(row.line(), key, List.of(arguments)));
	}

	private static String emptyToNull(String s) {
		return s.isEmpty() ? null : s;
	}
}
