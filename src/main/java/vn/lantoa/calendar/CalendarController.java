package vn.lantoa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.calendar.Holiday.Kind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** The admin page of a year's days off and make-up working days. */
@Controller
class CalendarController {

	/** Days as typed on the form: 14/02/2026 or 14/2/2026. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WorkingCalendar calendar;
	private final CalendarAdministration administration;
	private final Clock clock;

	CalendarController(WorkingCalendar calendar, CalendarAdministration administration, Clock clock) {
		this.calendar = calendar;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String year(Actor actor, @RequestParam(required = false) Integer year, Model model) {
		return page(actor, year == null ? LocalDate.now(clock.withZone(ZONE)).getYear() : year, model);
	}

	@PostMapping("/admin/calendar")
	String add(Actor actor, @RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer year, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		int shown = year != null ? year : LocalDate.now(clock.withZone(ZONE)).getYear();
		try {
			LocalDate date = parse(day);
			shown = date.getYear();
			Holiday added = administration.add(actor, date, kind(kind), name);
			flash.addFlashAttribute("success", "calendar.added");
			flash.addFlashAttribute("successArgs", new Object[] { CalendarAdministration.shown(added.date()) });
			return "redirect:/admin/calendar?year=" + shown;
		} catch (Refusal e) {
			model.addAttribute("typedDay", day);
			model.addAttribute("typedKind", kind);
			model.addAttribute("typedName", name);
			return refused(actor, shown, e, model, response);
		}
	}

	@PostMapping("/admin/calendar/{day}/remove")
	String remove(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			administration.remove(actor, day);
		} catch (Refusal e) {
			return refused(actor, day.getYear(), e, model, response);
		}
		flash.addFlashAttribute("success", "calendar.removed");
		flash.addFlashAttribute("successArgs", new Object[] { CalendarAdministration.shown(day) });
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	private String refused(Actor actor, int year, Refusal e, Model model, HttpServletResponse response) {
		if (e.status() == 403 || e.status() == 404 && !"calendar.error.none".equals(e.messageKey())) {
			throw e;
		}
		response.setStatus(e.status());
		model.addAttribute("refusal", e);
		return page(actor, year, model);
	}

	private String page(Actor actor, int year, Model model) {
		if (!CalendarAdministration.canAdminister(actor)) {
			throw new OutOfScope();
		}
		if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
			throw new Refusal(400, "calendar.error.year", WorkingCalendar.YEARS);
		}
		model.addAttribute("year", year);
		model.addAttribute("days", calendar.days(year));
		model.addAttribute("kinds", Kind.values());
		return "calendar/calendar";
	}

	private static LocalDate parse(String typed) {
		try {
			return LocalDate.parse(typed.strip(), TYPED);
		} catch (DateTimeParseException e) {
			throw new Refusal(400, "calendar.error.date");
		}
	}

	private static Kind kind(String typed) {
		try {
			return Kind.valueOf(typed);
		} catch (IllegalArgumentException e) {
			throw new Refusal(400, "calendar.error.kind");
		}
	}
}
