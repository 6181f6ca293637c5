package vn.lantoa.notice;

import java.time.LocalDate;
import java.util.List;

import vn.lantoa.org.UnitKind;

/**
 * What a coordinator writes: the notice and to whom it goes, as chosen units and kinds of unit (every active unit of
 * that kind in the sender's scope).
 */
public record NoticeDraft(Notice.Kind kind, String title, String body, LocalDate replyBy, List<Long> unitIds,
		List<UnitKind> unitKinds) {
}
