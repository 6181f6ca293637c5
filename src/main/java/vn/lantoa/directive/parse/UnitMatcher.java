package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import vn.lantoa.shared.VietnameseText;

/**
 * Finds the organisation unit that a responsible-unit text names, e.g. "UBND thành phố" names
 * "Ủy ban nhân dân thành phố".
 * <p>
 * Names are compared as sets of folded words with abbreviations spelled out ({@link UnitName}).
 * Equal sets match best; otherwise one set must contain the other ("Ban Tuyên giáo" within "Ban
 * Tuyên giáo Thành ủy", "Hội Liên hiệp Phụ nữ" within "Hội LHPN thành phố") with at least two
 * words in common, one of them more than a locality or level ("thành phố", "Ban", "Thành ủy"),
 * and the candidate differing by the fewest words wins. A tie is ambiguous and
 * gives no match. Group phrases ("Các chi, đảng bộ trực thuộc", "MTTQ và các đoàn thể") name
 * several units and give no match either.
 */
public final class UnitMatcher {

	private static final int MIN_COMMON_WORDS = 2;
	/** Words that say where or what level a unit is, not which unit it is. */
	private static final Set<String> GENERIC_WORDS = Set.of("thanh", "pho", "tinh", "huyen", "xa", "phuong", "quan",
			"thi", "tran", "uy", "ban", "viet", "nam", "cac", "truc", "thuoc", "cua", "va");

	private final List<Candidate> candidates;
	private final List<List<Set<String>>> readings = new ArrayList<>();

	public UnitMatcher(List<Candidate> candidates) {
		this.candidates = List.copyOf(candidates);
		this.candidates.forEach(candidate -> readings.add(UnitName.readings(candidate.name())));
	}

	/** The id of the one unit the text names, or empty when none or several fit. */
	public OptionalLong match(String unitText) {
		if (unitText == null || unitText.isBlank() || isGroup(unitText)) {
			return OptionalLong.empty();
		}
		List<Set<String>> unit = UnitName.readings(unitText);
		int bestDistance = Integer.MAX_VALUE;
		List<Candidate> best = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			int distance = distance(unit, readings.get(i));
			if (distance < bestDistance) {
				bestDistance = distance;
				best.clear();
			}
			if (distance == bestDistance && distance != Integer.MAX_VALUE) {
				best.add(candidates.get(i));
			}
		}
		return best.size() == 1 ? OptionalLong.of(best.get(0).id()) : OptionalLong.empty();
	}

	/** How many words two names differ by when one contains the other; {@code MAX_VALUE} when neither does. */
	private static int distance(List<Set<String>> unit, List<Set<String>> candidate) {
		int best = Integer.MAX_VALUE;
		for (Set<String> u : unit) {
			for (Set<String> c : candidate) {
				Set<String> smaller = u.size() <= c.size() ? u : c;
				Set<String> larger = smaller == u ? c : u;
				if (isDistinctive(smaller) && larger.containsAll(smaller)) {
					best = Math.min(best, larger.size() - smaller.size());
				}
			}
		}
		return best;
	}

	private static boolean isDistinctive(Set<String> words) {
		return words.size() >= MIN_COMMON_WORDS && !GENERIC_WORDS.containsAll(words);
	}

	private static boolean isGroup(String unitText) {
		String folded = VietnameseText.fold(unitText);
		return folded.startsWith("cac ") || folded.startsWith("nhung ") || folded.contains(" va cac ")
				|| folded.contains(",");
	}

	/** A unit that may be named: its id and official name. */
	public record Candidate(long id, String name) {
	}
}
