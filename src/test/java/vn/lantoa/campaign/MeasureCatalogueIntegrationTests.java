package vn.lantoa.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

@LanToaTest
class MeasureCatalogueIntegrationTests {

	@Autowired
	MeasureCatalogue catalogue;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;

	MeasureCatalogue.Measure measure(String code) {
		return new MeasureCatalogue.Measure(code, "Số buổi chiếu phim lưu động", "Mobile film screenings", "buổi",
				"screenings", true, null);
	}

	@Test
	void aMeasureAddedByAnAdminIsInTheCatalogueAtOnceThoughTheCatalogueWasKept() {
		String code = Fixtures.unique("film").toLowerCase().replace('-', '_');
		assertThat(catalogue.all()).extracting(MeasureCatalogue.Measure::code).doesNotContain(code);
		assertThat(catalogue.all()).isSameAs(catalogue.all());

		catalogue.add(fixtures.actor("admin"), measure(code));

		assertThat(catalogue.all()).extracting(MeasureCatalogue.Measure::code).contains(code);
		assertThat(catalogue.all()).filteredOn(m -> m.code().equals(code)).singleElement()
			.satisfies(m -> assertThat(m.unitVi()).isEqualTo("buổi"));
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'Measure' and entity_id = ?")
			.param(code).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyAnAdminAddsAMeasureAndACodeOnlyOnce() {
		String code = Fixtures.unique("film").toLowerCase().replace('-', '_');
		assertThatThrownBy(() -> catalogue.add(fixtures.actor("tuyengiao"), measure(code)))
			.isInstanceOf(OutOfScope.class);
		catalogue.add(fixtures.actor("admin"), measure(code));
		assertThatThrownBy(() -> catalogue.add(fixtures.actor("admin"), measure(code))).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).status()).isEqualTo(409);
		assertThatThrownBy(() -> catalogue.add(fixtures.actor("admin"), measure("Không hợp lệ")))
			.isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).status()).isEqualTo(400);
	}
}
