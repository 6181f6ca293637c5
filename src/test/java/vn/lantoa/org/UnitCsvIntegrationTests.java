package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.RowErrors;
import vn.lantoa.shared.RowErrors.RowError;

@LanToaTest
class UnitCsvIntegrationTests {

	@Autowired
	UnitCsv csv;
	@Autowired
	OrgUnits units;
	@Autowired
	OrgTree tree;
	@Autowired
	Fixtures fixtures;

	@Test
	void importsRowsInAnyOrderWithParentsFromTheFile() {
		String a = Fixtures.unique("CSV"), b = Fixtures.unique("CSV");
		String text = "code,name,kind,parent_code,active\n"
				+ b + ",\"Chi bộ Tổ dân phố 1, phường Đức Xuân\",PARTY_CELL," + a + ",true\n"
				+ a + ",Đảng bộ Khối cơ quan,PARTY_COMMITTEE,THANHUY,\n";
		assertThat(csv.importCsv(fixtures.actor("admin"), text)).isEqualTo(2);
		OrgUnit child = units.findByCode(b).orElseThrow();
		assertThat(child.getName()).isEqualTo("Chi bộ Tổ dân phố 1, phường Đức Xuân");
		assertThat(tree.pathTo(child.getId())).extracting(UnitView::code).containsExactly("TINHUY", "THANHUY", a, b);
	}

	@Test
	void reportsEveryBadRowAndImportsNothing() {
		String good = Fixtures.unique("CSV");
		String text = "code,name,kind,parent_code,active\n"
				+ good + ",Đơn vị tốt,PARTY_CELL,THANHUY,true\n"
				+ "DB-DUCXUAN2,,PARTY_CELL,THANHUY,true\n"
				+ Fixtures.unique("CSV") + ",Loại sai,NOT_A_KIND,THANHUY,true\n"
				+ Fixtures.unique("CSV") + ",Cha lạ,PARTY_CELL,NO-SUCH-UNIT,true\n"
				+ good + ",Trùng,PARTY_CELL,THANHUY,true\n"
				+ "thiếu cột\n";
		assertThatThrownBy(() -> csv.importCsv(fixtures.actor("admin"), text)).isInstanceOfSatisfying(RowErrors.class,
				e -> assertThat(e.errors()).extracting(RowError::line, RowError::messageKey).containsExactly(
						org.assertj.core.groups.Tuple.tuple(3, "import.error.name"),
						org.assertj.core.groups.Tuple.tuple(4, "import.error.kind"),
						org.assertj.core.groups.Tuple.tuple(6, "import.error.duplicateInFile"),
						org.assertj.core.groups.Tuple.tuple(7, "import.error.columns"),
						org.assertj.core.groups.Tuple.tuple(5, "import.error.parentUnknown")));
		assertThat(units.findByCode(good)).isEmpty();
	}

	@Test
	void refusesACycleWithinTheFile() {
		String a = Fixtures.unique("CYC"), b = Fixtures.unique("CYC");
		String text = "code,name,kind,parent_code,active\n" + a + ",A,PARTY_CELL," + b + ",true\n" + b + ",B,PARTY_CELL,"
				+ a + ",true\n";
		assertThatThrownBy(() -> csv.importCsv(fixtures.actor("admin"), text)).isInstanceOfSatisfying(RowErrors.class,
				e -> assertThat(e.errors()).extracting(RowError::messageKey)
					.containsExactly("import.error.cycle", "import.error.cycle"));
	}

	@Test
	void refusesAWrongHeader() {
		assertThatThrownBy(() -> csv.importCsv(fixtures.actor("admin"), "ma,ten\nA,B\n"))
			.isInstanceOfSatisfying(RowErrors.class, e -> assertThat(e.errors().get(0).messageKey())
				.isEqualTo("import.error.header"));
	}

	@Test
	void exportsTheScopeWithParentsAndReimportsUnchanged() {
		Actor songcau = fixtures.actor("songcau");
		assertThat(csv.export(songcau)).isEqualTo(
				"\uFEFFcode,name,kind,parent_code,active\r\nDB-SONGCAU,Đảng bộ phường Sông Cầu,PARTY_COMMITTEE,THANHUY,true\r\n");
		Actor admin = fixtures.actor("admin");
		String all = csv.export(admin);
		assertThat(all).contains("\r\nBTG-TU,Ban Tuyên giáo Thành ủy,PARTY_BOARD,THANHUY,true\r\n");
		long before = units.count();
		csv.importCsv(admin, all);
		assertThat(units.count()).isEqualTo(before);
		assertThat(units.findByCode("BTG-TU").orElseThrow().getName()).isEqualTo("Ban Tuyên giáo Thành ủy");
	}

	@Test
	void reportersCannotImport() {
		assertThatThrownBy(() -> csv.importCsv(fixtures.actor("ducxuan"), "code,name,kind,parent_code,active\n"))
			.isInstanceOf(OutOfScope.class);
	}
}
