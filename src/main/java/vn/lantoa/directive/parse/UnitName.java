package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lantoa.shared.VietnameseText;

/**
 * The ways a unit name can be read, as sets of folded words with abbreviations spelled out.
 * <p>
 * Abbreviations are recognised only when written in capitals ("UBND", "BTG", "TU"), since folded
 * short words such as "tu" are ordinary Vietnamese words; "tp" is recognised in any case. A run
 * of known abbreviations written as one word ("BTGTU") is split. "TU" may mean Thành ủy or Tỉnh ủy
 * and "TT" Thường trực or Trung tâm, so a name can have several readings.
 */
final class UnitName {

	private static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
			Map.entry("ubnd", List.of("uy ban nhan dan")),
			Map.entry("hdnd", List.of("hoi dong nhan dan")),
			Map.entry("mttq", List.of("mat tran to quoc")),
			Map.entry("ubmttq", List.of("uy ban mat tran to quoc")),
			Map.entry("btg", List.of("ban tuyen giao")),
			Map.entry("btc", List.of("ban to chuc")),
			Map.entry("bdv", List.of("ban dan van")),
			Map.entry("ubkt", List.of("uy ban kiem tra")),
			Map.entry("tu", List.of("thanh uy", "tinh uy")),
			Map.entry("hu", List.of("huyen uy")),
			Map.entry("dtn", List.of("doan thanh nien")),
			Map.entry("dtncs", List.of("doan thanh nien cong san")),
			Map.entry("lhpn", List.of("lien hiep phu nu")),
			Map.entry("hlhpn", List.of("hoi lien hiep phu nu")),
			Map.entry("hnd", List.of("hoi nong dan")),
			Map.entry("ccb", List.of("cuu chien binh")),
			Map.entry("ldld", List.of("lien doan lao dong")),
			Map.entry("vp", List.of("van phong")),
			Map.entry("tt", List.of("thuong truc", "trung tam")),
			Map.entry("tp", List.of("thanh pho")));
	private static final int MAX_READINGS = 8;

	private UnitName() {
	}

	/** Every reading of the name as a set of folded words. */
	static List<Set<String>> readings(String name) {
		List<List<String>> readings = new ArrayList<>();
		readings.add(new ArrayList<>());
		for (String token : tokens(name)) {
			List<String> expansions = expansions(token);
			List<List<String>> next = new ArrayList<>();
			for (List<String> reading : readings) {
				for (String expansion : expansions) {
					if (next.size() < MAX_READINGS) {
						List<String> extended = new ArrayList<>(reading);
						extended.add(expansion);
						next.add(extended);
					}
				}
			}
			readings = next;
		}
		List<Set<String>> sets = new ArrayList<>();
		for (List<String> reading : readings) {
			sets.add(new HashSet<>(List.of(String.join(" ", reading).split(" "))));
			sets.get(sets.size() - 1).remove("");
		}
		return sets;
	}

	private static List<String> expansions(String token) {
		String folded = VietnameseText.fold(token);
		boolean capitals = VietnameseText.isUpperCase(token) && token.length() >= 2;
		if ((capitals || folded.equals("tp")) && ABBREVIATIONS.containsKey(folded)) {
			return ABBREVIATIONS.get(folded);
		}
		if (capitals) {
			List<String> split = splitRun(folded);
			if (split != null) {
				return split;
			}
		}
		return List.of(folded);
	}

	/** "btgtu" → "ban tuyen giao thanh uy" / "ban tuyen giao tinh uy", longest abbreviations first. */
	private static List<String> splitRun(String folded) {
		for (int end = folded.length() - 1; end >= 2; end--) {
			List<String> head = ABBREVIATIONS.get(folded.substring(0, end));
			if (head == null) {
				continue;
			}
			String rest = folded.substring(end);
			List<String> tail = ABBREVIATIONS.containsKey(rest) ? ABBREVIATIONS.get(rest) : splitRun(rest);
			if (tail != null) {
				List<String> joined = new ArrayList<>();
				head.forEach(h -> tail.forEach(t -> joined.add(h + " " + t)));
				return joined;
			}
		}
		return null;
	}

	private static List<String> tokens(String name) {
		List<String> tokens = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		for (int i = 0; i <= name.length(); i++) {
			char c = i < name.length() ? name.charAt(i) : ' ';
			boolean wordChar = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
			if (wordChar) {
				token.append(c);
			}
			else if (token.length() > 0) {
				tokens.add(token.toString());
				token.setLength(0);
			}
		}
		return tokens;
	}
}
