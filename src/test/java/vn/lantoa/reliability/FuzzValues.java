package vn.lantoa.reliability;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random and boundary values for a parameter of a given Java type, as text (query and form fields) or as JSON
 * (request bodies): huge strings, negative and overflowing numbers, impossible dates, unicode, markup, nulls and,
 * now and then, a value of the wrong type.
 */
final class FuzzValues {

	static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static final List<String> TEXTS = List.of("", " ", "a".repeat(100_000), "<script>alert(1)</script>",
			"'; drop table activity; --", "\u0000\u0001", "🎉 Tuyên truyền ệ ữ \u202E", "%s%n%d", "../../etc/passwd",
			"null", "\uFEFF", "x".repeat(501), "Nguyễn Văn A", "true", "-1", "{}", "[", "\\", "\"");
	static final List<String> NUMBERS = List.of("0", "-1", "1", "2147483648", "-2147483649", "9223372036854775807",
			"9223372036854775808", "-9223372036854775809", "1e309", "1.5", "NaN", "abc", "", " 1", "0x10",
			"99999999999999999999999999999", "-0", "1".repeat(400));
	static final List<String> DATES = List.of("2026-02-30", "0000-00-00", "9999-12-31", "-999999999-01-01",
			"+1000000000-01-01", "31/12/2026", "", "2026-13-01", "2026-1-1", "2026-04-01T10:00:00", "hôm nay",
			"1900-01-01", "2026-06-15");
	static final List<String> BOOLEANS = List.of("true", "false", "maybe", "", "1", "on", "TRUE");

	private final Random random;

	FuzzValues(Random random) {
		this.random = random;
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A text value for a query or form field of this type. */
	String text(Class<?> type) {
		if (random.nextInt(8) == 0) {
			return pick(TEXTS);
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| type == short.class || type == Short.class || type == double.class || type == Double.class
				|| type == BigDecimal.class) {
			return pick(NUMBERS);
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return pick(DATES);
		}
		if (type == boolean.class || type == Boolean.class) {
			return pick(BOOLEANS);
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return random.nextBoolean() && constants.length > 0 ? constants[random.nextInt(constants.length)].toString()
					: pick(TEXTS);
		}
		return pick(TEXTS);
	}

	/** A JSON value for this (generic) type; records become objects with a value for each component. */
	JsonNode json(Type type, int depth) {
		Class<?> raw = raw(type);
		int dice = random.nextInt(10);
		if (dice == 0) {
			return NODES.nullNode();
		}
		if (dice == 1) {
			return wrong();
		}
		if (raw.isRecord() && depth < 3) {
			ObjectNode object = NODES.objectNode();
			for (RecordComponent c : raw.getRecordComponents()) {
				if (random.nextInt(6) != 0) {
					object.set(c.getName(), json(c.getGenericType(), depth + 1));
				}
			}
			return object;
		}
		if (Collection.class.isAssignableFrom(raw)) {
			ArrayNode array = NODES.arrayNode();
			Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
			for (int i = random.nextInt(4); i > 0; i--) {
				array.add(json(element, depth + 1));
			}
			return array;
		}
		if (Map.class.isAssignableFrom(raw)) {
			ObjectNode object = NODES.objectNode();
			Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : String.class;
			for (int i = random.nextInt(4); i > 0; i--) {
				object.set(pick(List.of("news", "", "views", "a".repeat(300), "broadcasts", "💥")),
						json(value, depth + 1));
			}
			return object;
		}
		if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class
				|| raw == BigDecimal.class || raw == double.class || raw == Double.class) {
			String n = pick(NUMBERS);
			try {
				return NODES.numberNode(new BigDecimal(n));
			} catch (NumberFormatException e) {
				return NODES.stringNode(n);
			}
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.stringNode(pick(BOOLEANS));
		}
		return NODES.stringNode(text(raw));
	}

	/** A value of some other type than the one expected. */
	private JsonNode wrong() {
		return switch (random.nextInt(5)) {
			case 0 -> NODES.objectNode().put("x", 1);
			case 1 -> NODES.arrayNode().add("a").add(1);
			case 2 -> NODES.numberNode(new BigDecimal("1e400"));
			case 3 -> NODES.booleanNode(true);
			default -> NODES.stringNode(pick(TEXTS));
		};
	}

	/** Bodies no JSON reader should accept without complaint. */
	static final List<String> MALFORMED = List.of("", "{", "[]", "null", "\"x\"", "{\"a\":", "{'a':1}",
			"[".repeat(5_000) + "]".repeat(5_000), "{\"id\":1e99999}", "\u0000", "{\"title\":\"\\ud800\"}", "123",
			"{\"campaignId\":{\"$gt\":0}}");

	static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		return Object.class;
	}

}
