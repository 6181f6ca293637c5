package vn.lantoa.bulletin;

import java.time.LocalDate;

/** The number, date and title of a bulletin issue, and the unit that publishes it. */
public record IssueDetails(long ownerUnitId, int number, LocalDate issuedOn, String title) {
}
