package vn.lantoa.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in Vietnamese alphabetical order ("Đ" after "D", "Ư" after "U"), ignoring case. A {@link Collator}'s
 * methods are synchronized, so one shared instance serialises every request that sorts; each call here takes its
 * own copy, and {@link #sort} computes each name's collation key once instead of comparing the names n·log n times.
 */
public final class VietnameseOrder {

	private static final Collator PROTOTYPE = Collator.getInstance(Locale.forLanguageTag("vi"));

	private VietnameseOrder() {
	}

	/** A comparator of the names, with a collator of its own. */
	public static <T> Comparator<T> comparing(Function<? super T, String> name) {
		return Comparator.comparing(name, collator());
	}

	/** A comparator of strings, with a collator of its own. */
	public static Comparator<Object> strings() {
		return collator();
	}

	/**
	 * The name's collation key written in lower-case hexadecimal: such keys sort as the names do here (keys of equal
	 * names are equal), and, made of digits and a–f only, in the same order under any database collation. Stored
	 * beside a name so that the database can sort and paginate in Vietnamese order.
	 */
	public static String key(String name) {
		byte[] bytes = collator().getCollationKey(name).toByteArray();
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
			keyed.add(new Keyed<>(collator.getCollationKey(name.apply(item)), item));
		}
		keyed.sort(Comparator.comparing(Keyed::key));
		for (int i = 0; i < keyed.size(); i++) {
			items.set(i, keyed.get(i).item());
		}
	}

	private static Collator collator() {
		return (Collator) PROTOTYPE.clone();
	}
}
