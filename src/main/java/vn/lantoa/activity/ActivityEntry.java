package vn.lantoa.activity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;

/**
 * Records an activity together with the evidence files sent with it (a photo taken on the phone): both are saved,
 * or neither is.
 */
@Service
class ActivityEntry {

	/** A file as uploaded: its name on the user's device and its bytes. */
	record Upload(String filename, byte[] content) {
	}

	private final ActivityRecording recording;
	private final EvidenceStore evidence;

	ActivityEntry(ActivityRecording recording, EvidenceStore evidence) {
		this.recording = recording;
		this.evidence = evidence;
	}

	@Transactional
	Activity record(Actor actor, ActivityDetails details, List<Upload> files) {
		Activity activity = recording.record(actor, details);
		for (Upload file : files) {
			evidence.attach(actor, activity.getId(), file.filename(), file.content());
		}
		return activity;
	}
}
