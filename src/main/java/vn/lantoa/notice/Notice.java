package vn.lantoa.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A notice as its readers see it, with its files. */
public record Notice(long id, long senderUnitId, String senderUnitName, String sentBy, Kind kind, String title,
		String body, LocalDate replyBy, Instant sentAt, List<Attachment> files) {

	/** Guidance, a request for information, or urging. */
	public enum Kind {
		GUIDANCE, INFORMATION_REQUEST, URGING
	}

	/** A file of a notice or of a reply. */
	public record Attachment(long id, Long replyId, String filename, String contentType, long sizeBytes) {
	}

	/** Where one recipient unit stands: read or not, replied or not. */
	public record Receipt(long unitId, String unitName, Instant readAt, String readBy, int replies) {
	}

	/** A unit's reply with its files. */
	public record Reply(long id, long unitId, String unitName, String sentBy, String body, Instant sentAt,
			List<Attachment> files) {
	}

	/** A line of a list: the notice and, for a recipient, whether its unit has read it. */
	public record Line(long id, String senderUnitName, Kind kind, String title, LocalDate replyBy, Instant sentAt,
			Instant readAt, int recipients, int unread) {
	}
}
