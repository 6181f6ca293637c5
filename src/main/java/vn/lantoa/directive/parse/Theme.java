package vn.lantoa.directive.parse;

/**
 * One propaganda content theme.
 *
 * @param title a short label: the heading, or the first clause of the text
 * @param text the whole text of the theme, or {@code null} when the heading stands alone
 */
public record Theme(String title, String text) {
}
