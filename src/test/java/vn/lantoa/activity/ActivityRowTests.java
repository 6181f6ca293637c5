package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lantoa.campaign.MeasureCatalogue;

/** A list row's measures as the list shows them. */
class ActivityRowTests {

	private static final Map<String, MeasureCatalogue.Measure> CATALOGUE = Map.of(
			"news", new MeasureCatalogue.Measure("news", "Số tin", "News items", "tin", "items", true, null),
			"sessions", new MeasureCatalogue.Measure("sessions", "Số buổi", "Sessions", "buổi", "sessions", true, null));

	@Test
	void measuresInTheirOrderWithTheUnitsOfTheLanguage() {
		Map<String, BigDecimal> measures = new LinkedHashMap<>();
		measures.put("sessions", new BigDecimal("3"));
		measures.put("news", new BigDecimal("12.5"));
		ActivityQueries.Row row = row(measures);

		assertThat(row.measureText(CATALOGUE, Locale.forLanguageTag("vi"))).isEqualTo("3 buổi, 12.5 tin");
		assertThat(row.measureText(CATALOGUE, Locale.ENGLISH)).isEqualTo("3 sessions, 12.5 items");
	}

	@Test
	void aCodeTheCatalogueNoLongerHoldsStandsForItselfAndNoMeasuresShowNothing() {
		assertThat(row(Map.of("retired", new BigDecimal("1E+2"))).measureText(CATALOGUE, Locale.ENGLISH))
			.isEqualTo("100 retired");
		assertThat(row(Map.of()).measureText(CATALOGUE, Locale.ENGLISH)).isEmpty();
	}

	private static ActivityQueries.Row row(Map<String, BigDecimal> measures) {
		return new ActivityQueries.Row(1, 1, "Kế hoạch", 2, "Chi bộ", 3, "Trên mạng", LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 3, 1), "Hoạt động", "Nhà văn hóa", 0, 0, List.of(), measures);
	}
}
