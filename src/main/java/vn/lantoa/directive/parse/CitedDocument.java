package vn.lantoa.directive.parse;

import java.time.LocalDate;

/**
 * A document cited in the text, e.g. "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương".
 *
 * @param kind the Vietnamese document word as written ("Kết luận", "Quy định"…)
 * @param number canonical number, e.g. "21-KL/TW"
 * @param date the date written after the number, or {@code null}
 * @param issuer the body after "của", or {@code null}
 */
public record CitedDocument(String kind, String number, LocalDate date, String issuer) {
}
