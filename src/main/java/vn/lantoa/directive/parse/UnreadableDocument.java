package vn.lantoa.directive.parse;

/**
 * An uploaded file that cannot be turned into text. The web layer translates {@link #messageKey()}.
 */
public final class UnreadableDocument extends RuntimeException {

	private final String messageKey;

	public UnreadableDocument(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
	}

	public UnreadableDocument(String messageKey, String detail, Throwable cause) {
		super(messageKey + ": " + detail, cause);
		this.messageKey = messageKey;
	}

	/** The message bundle key, e.g. {@code directive.error.notUtf8}. */
	public String messageKey() {
		return messageKey;
	}
}
