package vn.lantoa.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Period keys and rates as people read them: "Quý I/2024", "Tháng 3/2024", "66,7%". */
@Component("reportLabels")
public class ReportLabels {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };
	private static final int PERCENT = 0;
	private static final int NUMBER = 1;
	private static final ThreadLocal<Map<Locale, NumberFormat[]>> FORMATS = ThreadLocal.withInitial(HashMap::new);

	private final MessageSource messages;

	ReportLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The period of a key such as 2024Q1, 2024M03, 2024S1 or 2024 in words. */
	public String period(String key, Locale locale) {
		if (key == null || key.length() < 4) {
			return key;
		}
		String year = key.substring(0, 4);
		if (key.length() == 4) {
			return messages.getMessage("report.period.year", new Object[] { year }, locale);
		}
		int number = Integer.parseInt(key.substring(5));
		return switch (key.charAt(4)) {
			case 'Q' -> messages.getMessage("report.period.quarter", new Object[] { ROMAN[number - 1], year, number },
					locale);
			case 'S' -> messages.getMessage("report.period.half" + number, new Object[] { year }, locale);
			default -> messages.getMessage("report.period.month", new Object[] { number, year }, locale);
		};
	}

	public String percent(BigDecimal rate, Locale locale) {
		return formats(locale)[PERCENT].format(rate) + "%";
	}

	/** A figure with the digit grouping of the language (1.234,5 in Vietnamese). */
	public String number(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		return formats(locale)[NUMBER].format(value);
	}

	/** The formats of a language, made once per thread (a page formats hundreds of figures; formats are not shared). */
	private static NumberFormat[] formats(Locale locale) {
		return FORMATS.get().computeIfAbsent(locale, language -> {
			NumberFormat percent = NumberFormat.getNumberInstance(language);
			percent.setMinimumFractionDigits(1);
			percent.setMaximumFractionDigits(1);
			NumberFormat number = NumberFormat.getNumberInstance(language);
			number.setMaximumFractionDigits(2);
			return new NumberFormat[] { percent, number };
		});
	}
}
