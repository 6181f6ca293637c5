package vn.lantoa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Locales;
import vn.lantoa.shared.Refusal;

/** A year's days off and make-up working days in the JSON API, for every signed-in caller. */
@RestController
class CalendarApiController {

	/** A special day; {@code name} in the caller's language for a built-in day. */
	record DayJson(LocalDate date, Holiday.Kind kind, String name, boolean builtIn) {
	}

	private final WorkingCalendar calendar;
	private final MessageSource messages;
	private final Clock clock;

	CalendarApiController(WorkingCalendar calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@Operation(summary = "The days off and make-up working days of a year")
	@GetMapping("/api/v1/calendar")
	List<DayJson> year(@RequestParam(required = false) Integer year, HttpServletRequest request) {
		int y = year == null ? LocalDate.now(clock.withZone(CalendarController.ZONE)).getYear() : year;
		if (y < WorkingCalendar.FIRST_YEAR || y > WorkingCalendar.LAST_YEAR) {
			throw new Refusal(400, "calendar.error.year", WorkingCalendar.YEARS);
		}
		Locale locale = Locales.forRequest(request);
		return calendar.days(y).stream()
			.map(d -> new DayJson(d.date(), d.kind(),
					d.builtIn() ? messages.getMessage(d.name(), null, locale) : d.name(), d.builtIn()))
			.toList();
	}
}
