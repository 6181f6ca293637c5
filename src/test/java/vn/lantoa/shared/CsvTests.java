package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		String text = "\uFEFFcode,name\r\nA,\"Hội Nông dân, thành phố\"\r\nB,\"Nói \"\"không\"\"\nxuống dòng\"\n\n";
		assertThat(Csv.parse(text)).containsExactly(List.of("code", "name"), List.of("A", "Hội Nông dân, thành phố"),
				List.of("B", "Nói \"không\"\nxuống dòng"));
	}

	@Test
	void writesWhatItReadsWithAByteOrderMark() {
		List<List<String>> rows = List.of(List.of("code", "name"), List.of("DB-1", "Đảng bộ \"Đức Xuân\", phường"));
		String text = Csv.write(rows);
		assertThat(text).startsWith("\uFEFFcode,name\r\n");
		assertThat(Csv.parse(text)).isEqualTo(rows);
	}

	@Test
	void neutralisesSpreadsheetFormulas() {
		assertThat(Csv.write(List.of(List.of("=HYPERLINK(\"x\")", "+1", "ok"))))
			.isEqualTo("\uFEFF\"'=HYPERLINK(\"\"x\"\")\",'+1,ok\r\n");
	}
}
