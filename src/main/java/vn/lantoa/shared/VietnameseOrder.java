package vn.lantoa.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in Vietnamese alphabetical order ("Đ" after "D", "Ư" after "U"), ignoring case, with the numbers in them in
 * numeric order ("Phường 2" before "Phường 10", as a list of wards is read). A {@link Collator}'s
 * methods are synchronized, so one shared instance serialises every request that sorts; each call here takes its
 * own copy, and {@link #sort} computes each name's collation key once instead of comparing the names n·log n times.
 */
public final class VietnameseOrder {

	private static final Collator PROTOTYPE = Collator.getInstance(Locale.forLanguageTag("vi"));
	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
	private static final String ZEROS = "000000000";

	private VietnameseOrder() {
	}

	/** A comparator of the names, with a collator of its own. */
	public static <T> Comparator<T> comparing(Function<? super T, String> name) {
		return Comparator.comparing(name.andThen(VietnameseOrder::numbered), collator());
	}

	/** A comparator of strings, with a collator of its own. */
	public static Comparator<String> strings() {
		return comparing(Function.identity());
	}

	/**
	 * The name's collation key written in lower-case hexadecimal: such keys sort as the names do here (keys of equal
	 * names are equal), and, made of digits and a–f only, in the same order under any database collation. Stored
	 * beside a name so that the database can sort and paginate in Vietnamese order.
	 */
	public static String key(String name) {
		byte[] bytes = collator().getCollationKey(numbered(name)).toByteArray();
		char[] hex = new char[bytes.length * 2];
		for (int i = 0; i < bytes.length; i++) {
			hex[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xf, 16);
			hex[2 * i + 1] = Character.forDigit(bytes[i] & 0xf, 16);
		}
		return new String(hex);
	}

	/** Sorts the items by their names, in place; equal names keep their order. */
	public static <T> void sort(List<T> items, Function<? super T, String> name) {
		if (items.size() < 2) {
			return;
		}
		Collator collator = collator();
		record Keyed<T>(CollationKey key, T item) {
		}
		List<Keyed<T>> keyed = new ArrayList<>(items.size());
		for (T item : items) {
			keyed.add(new Keyed<>(collator.getCollationKey(numbered(name.apply(item))), item));
		}
		keyed.sort(Comparator.comparing(Keyed::key));
		for (int i = 0; i < keyed.size(); i++) {
			items.set(i, keyed.get(i).item());
		}
	}

	/** The name with each number of up to nine digits written with nine, so that numbers compare by value. */
	static String numbered(String name) {
		if (name == null) {
			return null;
		}
		Matcher number = NUMBER.matcher(name);
		if (!number.find()) {
			return name;
		}
		StringBuilder padded = new StringBuilder(name.length() + 16);
		do {
			number.appendReplacement(padded, ZEROS.substring(number.group().length()) + number.group());
		} while (number.find());
		return number.appendTail(padded).toString();
	}

	private static Collator collator() {
		return (Collator) PROTOTYPE.clone();
	}
}
