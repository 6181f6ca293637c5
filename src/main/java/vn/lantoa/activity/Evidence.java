package vn.lantoa.activity;

import java.time.Instant;

/** A file attached to an activity as evidence of it: a photo, a document, a recording. */
public record Evidence(long id, long activityId, String filename, String contentType, long sizeBytes,
		boolean hasThumbnail, Instant createdAt) {
}
