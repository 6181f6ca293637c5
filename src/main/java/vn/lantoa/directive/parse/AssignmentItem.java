package vn.lantoa.directive.parse;

import java.util.List;

/**
 * A responsible unit or group and the tasks given to it.
 *
 * @param unitText the unit as written, e.g. "Ban Tuyên giáo Thành ủy"; {@code null} for tasks given to no named unit
 * @param unitId the matched organisation unit; always {@code null} from the parser (see {@link UnitMatcher})
 * @param tasks one entry per bullet or paragraph
 */
public record AssignmentItem(String unitText, Long unitId, List<String> tasks) {
}
