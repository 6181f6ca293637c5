package vn.lantoa.directive.parse;

import java.util.List;

/**
 * A part of the document with no dedicated field, kept so that no text is lost.
 *
 * @param heading the heading as written without its numbering, or {@code null} for loose text
 * @param items its paragraphs without their bullets
 */
public record Section(String heading, List<String> items) {
}
