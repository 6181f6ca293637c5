package vn.lantoa.recognition;

import java.time.LocalDate;

/** What the nominating unit says about a work it enters for the press award. */
public record AwardEntryDetails(long unitId, int awardYear, String title, String authors, String outlet,
		LocalDate publishedOn, String url) {
}
