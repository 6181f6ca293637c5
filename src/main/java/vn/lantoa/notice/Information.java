package vn.lantoa.notice;

import java.time.Instant;
import java.util.List;

/**
 * An item of information a unit sent up to the Board, and what became of it. Organisations only: it names the
 * sending unit and the user who sent it, never a private person.
 */
public record Information(long id, long unitId, String unitName, String sentBy, String subject, String content,
		boolean needsGuidance, Status status, Instant sentAt, String answer, String answeredBy, Instant answeredAt,
		Long noticeId, List<Notice.Attachment> files) {

	/** New, answered by the Board, or turned into a notice. */
	public enum Status {
		NEW, ANSWERED, TURNED_INTO_NOTICE
	}
}
