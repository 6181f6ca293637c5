package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableTests {

	@Test
	void sumsFigureColumnsButNotOrdinalsTextOrRates() {
		assertThat(Samples.UNITS.total()).containsExactly("Tổng cộng", null, new BigDecimal("25"),
				new BigDecimal("1252094"), null);
		assertThat(Samples.UNITS.totalLabelSpan()).isEqualTo(2);
		assertThat(Samples.UNITS.rowsToDraw()).hasSize(4);
		assertThat(Samples.UNITS.isTotal(3)).isTrue();
	}

	@Test
	void sumsDecimalsExactlyAndSkipsEmptyCells() {
		Table t = new Table("t", List.of("Đơn vị", "Kinh phí"),
				List.of(List.of("A", 0.1), List.of("B", 0.2), Arrays.asList("C", null)), true);
		assertThat(t.total()).containsExactly("Tổng cộng", new BigDecimal("0.3"));
		assertThat(PartyText.cell(t.total().get(1))).isEqualTo("0,3");
	}

	@Test
	void refusesRowsOfTheWrongLengthAndOtherCellTypes() {
		assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of("x")), false))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Table("t", List.of("a"), List.of(List.of(LocalDate.now())), false))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void formatsFiguresTheVietnameseWay() {
		assertThat(PartyText.cell(1234567)).isEqualTo("1.234.567");
		assertThat(PartyText.cell(1234.5)).isEqualTo("1.234,5");
		assertThat(PartyText.cell(2.005)).isEqualTo("2,01");
		assertThat(PartyText.cell(-1500L)).isEqualTo("-1.500");
		assertThat(PartyText.cell(new BigDecimal("100.00"))).isEqualTo("100");
		assertThat(PartyText.cell(null)).isEmpty();
	}

	@Test
	void writesDatesWithTheLeadingZerosOfTheGuidance() {
		assertThat(PartyText.placeAndDate("Bắc Kạn", LocalDate.of(2024, 2, 5))).isEqualTo("Bắc Kạn, ngày 05 tháng 02 năm 2024");
		assertThat(PartyText.placeAndDate("Bắc Kạn", LocalDate.of(2024, 6, 15))).isEqualTo("Bắc Kạn, ngày 15 tháng 6 năm 2024");
		assertThat(PartyText.placeAndDate("Bắc Kạn", LocalDate.of(2024, 12, 1))).isEqualTo("Bắc Kạn, ngày 01 tháng 12 năm 2024");
	}

	@Test
	void composesDecomposedVietnamese() {
		String decomposed = java.text.Normalizer.normalize("Tổng cộng", java.text.Normalizer.Form.NFD);
		assertThat(PartyText.upper(decomposed)).isEqualTo("TỔNG CỘNG");
	}
}
