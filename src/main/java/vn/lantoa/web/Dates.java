package vn.lantoa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates as Vietnamese offices write them (dd/MM/yyyy), in the office's time zone; used by templates as the variable
 * {@code dates} ({@link TemplateVariables}).
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ZoneId zone;

	Dates(@Value("${lantoa.zone:Asia/Ho_Chi_Minh}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone));
	}

	public String day(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}
}
