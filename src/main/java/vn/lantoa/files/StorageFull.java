package vn.lantoa.files;

import java.io.IOException;

import vn.lantoa.shared.Refusal;

/** The disk of the file store has no room left for a file: answered 507, and the upload is not recorded. */
public class StorageFull extends Refusal {

	StorageFull() {
		super(507, "error.storageFull");
	}

	/** Whether the failure is the operating system's "No space left on device" (ENOSPC) or a quota's. */
	static boolean isCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (t instanceof IOException && message != null && (message.contains("No space left on device")
					|| message.contains("Disk quota exceeded"))) {
				return true;
			}
		}
		return false;
	}
}
