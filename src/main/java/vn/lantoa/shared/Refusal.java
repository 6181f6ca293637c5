package vn.lantoa.shared;

import java.util.Arrays;

/**
 * A domain rule refused what a user asked for. Carries a message key of the bundles and its arguments, so the
 * web layer can say it in the user's language; {@link #status()} is the HTTP status it maps to.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;
	private final Object[] arguments;
	private final int status;

	public Refusal(int status, String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public int status() {
		return status;
	}
}
