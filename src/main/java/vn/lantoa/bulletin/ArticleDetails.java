package vn.lantoa.bulletin;

/** What a unit sends for the bulletin; {@code body} is simple HTML or plain text, cleaned before it is kept. */
public record ArticleDetails(long unitId, String title, String author, String body) {
}
