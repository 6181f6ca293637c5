package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OrgUnitTests {

	@Test
	void trimsItsCodeAndName() {
		OrgUnit unit = OrgUnit.create(1L, "  DB-X ", " Đảng bộ X  ", UnitKind.PARTY_COMMITTEE, Instant.EPOCH);
		assertThat(unit.getCode()).isEqualTo("DB-X");
		assertThat(unit.getName()).isEqualTo("Đảng bộ X");
		assertThat(unit.isActive()).isTrue();
	}

	@Test
	void refusesToMoveTheRoot() {
		OrgUnit root = OrgUnit.create(null, "ROOT", "Tỉnh ủy", UnitKind.PROVINCE_COMMITTEE, Instant.EPOCH);
		assertThatThrownBy(() -> root.moveUnder(7L)).isInstanceOf(UnitMoveRefused.class)
			.extracting(e -> ((UnitMoveRefused) e).messageKey()).isEqualTo("unit.error.moveRoot");
	}
}
