package vn.lantoa.directive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads Vietnamese dates: "ngày 05 tháng 7 năm 2023", "ngày 26/6/2023" or a bare "28/02/2023".
 */
final class IssueDate {

	private IssueDate() {
	}

	/**
	 * Reads a date starting at word {@code i}, with or without the word "ngày" before it.
	 * @return the date and the index after it; the date is {@code null} when the words have the shape
	 * of a date but name no real day ("ngày 31 tháng 2 năm 2024"); {@code null} when there is no date
	 */
	static Found readAt(List<Word> words, int i) {
		int at = i;
		if (at < words.size() && words.get(at).folded().equals("ngay")) {
			at++;
		}
		if (at >= words.size()) {
			return null;
		}
		String token = words.get(at).core();
		if (token.indexOf('/') > 0) {
			return slashed(token, at + 1);
		}
		boolean spelled = at + 4 < words.size() && isNumber(token)
				&& words.get(at + 1).folded().equals("thang") && isNumber(words.get(at + 2).core())
				&& words.get(at + 3).folded().equals("nam") && isNumber(words.get(at + 4).core());
		if (!spelled) {
			return null;
		}
		return new Found(date(words.get(at + 4).core(), words.get(at + 2).core(), token), at + 5);
	}

	private static Found slashed(String token, int next) {
		String[] parts = token.split("/", -1);
		if (parts.length != 3 || !isNumber(parts[0]) || !isNumber(parts[1]) || !isNumber(parts[2])) {
			return null;
		}
		return new Found(date(parts[2], parts[1], parts[0]), next);
	}

	private static LocalDate date(String year, String month, String day) {
		if (year.length() != 4 || month.length() > 2 || day.length() > 2) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}

	private static boolean isNumber(String text) {
		if (text.isEmpty() || text.length() > 4) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** A date read from words; {@code date} is {@code null} for an impossible date. */
	record Found(LocalDate date, int next) {
	}
}
