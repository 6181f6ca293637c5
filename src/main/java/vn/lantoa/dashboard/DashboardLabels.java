package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.report.ReportLabels;

/** The words of a dashboard in the reader's language: periods, months, measures, states. */
@Component
class DashboardLabels {

	private final MessageSource messages;
	private final ReportLabels reports;
	private final MeasureCatalogue measures;

	DashboardLabels(MessageSource messages, ReportLabels reports, MeasureCatalogue measures) {
		this.messages = messages;
		this.reports = reports;
		this.measures = measures;
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/**
	 * The message as a format of this request's own, for a text repeated over many cells: the message source formats
	 * with one shared format per message and locale, under its lock (each heat map cell waited there, a tenth of a
	 * dashboard's own work).
	 */
	MessageFormat format(String key, Locale locale) {
		return new MessageFormat(messages.getMessage(key, null, locale), locale);
	}

	String period(String key, Locale locale) {
		return key == null ? text("dashboard.wholeCampaign", locale) : reports.period(key, locale);
	}

	String number(BigDecimal value, Locale locale) {
		return reports.number(value, locale);
	}

	String month(YearMonth month) {
		return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
	}

	/** Each measure's name, by code. */
	Map<String, String> measureNames(Locale locale) {
		Map<String, String> names = new HashMap<>();
		measures.all().forEach(m -> names.put(m.code(), m.name(locale)));
		return names;
	}

	/** Each report state's name, by state: the heat map shows one in every cell. */
	Map<String, String> stateNames(Locale locale) {
		Map<String, String> names = new HashMap<>();
		for (DashboardFigures.ReportState state : DashboardFigures.ReportState.values()) {
			names.put(state.name(), text("dashboard.state." + state.name(), locale));
		}
		return names;
	}

	String measure(String code, Locale locale) {
		return code == null ? "" : measureNames(locale).getOrDefault(code, code);
	}
}
