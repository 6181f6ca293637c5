package vn.lantoa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.lantoa.directive.parse.GuidanceParser;
import vn.lantoa.directive.parse.ParsedGuidance;

/**
 * Parsing the seed guidance (12 KB), the seed repeated to 1 MB and to 4 MB: the time per byte must stay flat
 * (linear parsing, no regular-expression blow-ups). A floor measured in the same run: scanning the same text
 * once for line breaks, the least any parser must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

	private final GuidanceParser parser = new GuidanceParser();
	private String seed;
	private String oneMegabyte;
	private String fourMegabytes;

	@Setup
	public void read() throws IOException {
		try (InputStream in = ParserBenchmark.class.getResourceAsStream("/seed/huong-dan-tuyen-truyen-xay-dung-dang.txt")) {
			seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		oneMegabyte = repeat(1 << 20);
		fourMegabytes = repeat(4 << 20);
	}

	private String repeat(int bytes) {
		StringBuilder text = new StringBuilder();
		while (text.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
			text.append(seed).append("\n\n");
		}
		return text.toString();
	}

	@Benchmark
	public ParsedGuidance seed() {
		return parser.parse(seed);
	}

	@Benchmark
	public ParsedGuidance oneMegabyte() {
		return parser.parse(oneMegabyte);
	}

	@Benchmark
	public ParsedGuidance fourMegabytes() {
		return parser.parse(fourMegabytes);
	}

	@Benchmark
	public long floorLineScanOfOneMegabyte() {
		return oneMegabyte.lines().count();
	}
}
