package vn.lantoa.directive.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random text for fuzzing: odd Unicode, bytes decoded leniently, very long lines. */
final class RandomText {

	private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
			+ "ùủũúụừửữứựỳỷỹýỵĐƯƠÂĂÊÔABCXYZ0123456789 ,.;:()-+*/…“”–\t\u00A0\u200B\uFEFF\u0300\u0301\u0323"
			+ "漢字中文ß";
	private static final String[] EXTRAS = { "😀", "\uD83D\uDE80", "\u0000", "\u0007", "\r", "\u2028", "I.", "a)", "1.1.",
			"Số: 5/KH-X", "Nơi nhận:", "T/M BAN", "ngày 31 tháng 2 năm 2024", "Quy định số 9-QĐ/TW, ngày 1/1/2020 của" };

	private RandomText() {
	}

	static String unicode(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (random.nextInt(8) == 0) {
				text.append(EXTRAS[random.nextInt(EXTRAS.length)]);
			}
			else {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
		}
		return text.toString();
	}

	static String lenientBytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static String hugeLine(Random random, List<String> lines) {
		StringBuilder line = new StringBuilder();
		int target = 5_000 + random.nextInt(15_000);
		while (line.length() < target) {
			line.append(lines.get(random.nextInt(lines.size()))).append(random.nextBoolean() ? " " : "");
		}
		return line.toString();
	}
}
