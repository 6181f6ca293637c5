package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.StaleEdit;

@LanToaTest
class UnitAdministrationIntegrationTests {

	@Autowired
	UnitAdministration administration;
	@Autowired
	OrgTree tree;
	@Autowired
	OrgUnits units;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;

	private OrgUnit create(Actor admin, String parentCode) {
		return administration.create(admin, fixtures.unit(parentCode), Fixtures.unique("T"), "Chi bộ thử nghiệm",
				UnitKind.PARTY_CELL);
	}

	@Test
	void createsAUnitBelowItsParentWithItsAncestry() {
		Actor admin = fixtures.actor("admin");
		OrgUnit unit = create(admin, "UBND-TP");
		assertThat(tree.pathTo(unit.getId())).extracting(UnitView::code)
			.containsExactly("TINHUY", "THANHUY", "UBND-TP", unit.getCode());
		assertThat(tree.contains(fixtures.unit("THANHUY"), unit.getId())).isTrue();
		assertThat(tree.contains(fixtures.unit("MTTQ-TP"), unit.getId())).isFalse();
	}

	@Test
	void offersThePathDownToTheChosenUnitAndItsChildrenByName() {
		Actor admin = fixtures.actor("admin");
		OrgUnit parent = create(admin, "UBND-TP");
		OrgUnit b = administration.create(admin, parent.getId(), Fixtures.unique("T"), "Chi bộ thí điểm Eo",
				UnitKind.PARTY_CELL);
		OrgUnit a = administration.create(admin, parent.getId(), Fixtures.unique("T"), "Chi bộ thí điểm Đèo",
				UnitKind.PARTY_CELL);
		OrgUnit below = create(admin, a.getCode());

		// from the city down to the chosen unit, then its children in Vietnamese order ("Đ" before "E", unlike the
		// characters' codes)
		assertThat(tree.choices(fixtures.unit("THANHUY"), parent.getId()))
			.extracting(u -> u.code() + "@" + u.depth())
			.containsExactly("THANHUY@0", "UBND-TP@1", parent.getCode() + "@2", a.getCode() + "@3", b.getCode() + "@3");
		assertThat(tree.choices(parent.getId(), parent.getId())).extracting(UnitView::id)
			.containsExactly(parent.getId(), a.getId(), b.getId());
		assertThat(tree.choices(parent.getId(), below.getId())).extracting(UnitView::id)
			.containsExactly(parent.getId(), a.getId(), below.getId());
		// outside the scope: nothing to offer
		assertThat(tree.choices(fixtures.unit("MTTQ-TP"), parent.getId())).isEmpty();
		assertThat(tree.size(parent.getId())).isEqualTo(4);

		// the chooser is kept while the tree stands still: a renamed unit and a new one show at once
		administration.describe(admin, b.getId(), b.getVersion(), b.getCode(), "Chi bộ thí điểm Ánh", b.getKind());
		administration.create(admin, parent.getId(), Fixtures.unique("T"), "Chi bộ thí điểm Cầu", UnitKind.PARTY_CELL);
		assertThat(tree.choices(parent.getId(), parent.getId())).extracting(UnitView::name)
			.containsExactly(parent.getName(), "Chi bộ thí điểm Ánh", "Chi bộ thí điểm Cầu", "Chi bộ thí điểm Đèo");
	}

	@Test
	void movesAWholeSubtree() {
		Actor admin = fixtures.actor("admin");
		OrgUnit parent = create(admin, "UBND-TP");
		OrgUnit child = create(admin, parent.getCode());
		OrgUnit grandchild = create(admin, child.getCode());
		int mttq = tree.size(fixtures.unit("MTTQ-TP"));
		int ubnd = tree.size(fixtures.unit("UBND-TP"));
		assertThat(tree.pathTo(grandchild.getId())).extracting(UnitView::code).contains("UBND-TP");
		assertThat(tree.contains(fixtures.unit("UBND-TP"), grandchild.getId())).isTrue();
		assertThat(tree.contains(fixtures.unit("MTTQ-TP"), grandchild.getId())).isFalse();

		administration.move(admin, parent.getId(), parent.getVersion(), fixtures.unit("MTTQ-TP"));

		// sizes and paths are kept while the tree stands still: the move counts them afresh
		assertThat(tree.size(fixtures.unit("MTTQ-TP"))).isEqualTo(mttq + 3);
		assertThat(tree.size(fixtures.unit("UBND-TP"))).isEqualTo(ubnd - 3);

		assertThat(tree.pathTo(grandchild.getId())).extracting(UnitView::code).containsExactly("TINHUY", "THANHUY",
				"MTTQ-TP", parent.getCode(), child.getCode(), grandchild.getCode());
		// so are the access checks
		assertThat(tree.contains(fixtures.unit("UBND-TP"), grandchild.getId())).isFalse();
		assertThat(tree.contains(fixtures.unit("MTTQ-TP"), grandchild.getId())).isTrue();
		assertThat(tree.subtreeIds(fixtures.unit("MTTQ-TP"))).contains(parent.getId(), child.getId(),
				grandchild.getId());
		long rows = jdbc.sql("select count(*) from org_unit_tree where unit_id = ?").param(grandchild.getId())
			.query(Long.class).single();
		assertThat(rows).isEqualTo(6);
	}

	@Test
	void refusesToMoveAUnitUnderItsOwnSubtree() {
		Actor admin = fixtures.actor("admin");
		OrgUnit parent = create(admin, "UBND-TP");
		OrgUnit child = create(admin, parent.getCode());

		assertThatThrownBy(() -> administration.move(admin, parent.getId(), parent.getVersion(), child.getId()))
			.isInstanceOf(UnitMoveRefused.class).hasMessageContaining("unit.error.moveUnderItself");
		assertThatThrownBy(() -> administration.move(admin, parent.getId(), parent.getVersion(), parent.getId()))
			.isInstanceOf(UnitMoveRefused.class);
		assertThat(units.findById(parent.getId()).orElseThrow().getParentId()).isEqualTo(fixtures.unit("UBND-TP"));
	}

	@Test
	void refusesADuplicateCodeAndSavesNothing() {
		Actor admin = fixtures.actor("admin");
		long before = units.count();
		assertThatThrownBy(() -> administration.create(admin, fixtures.unit("THANHUY"), "DB-DUCXUAN", "Bản sao",
				UnitKind.PARTY_COMMITTEE)).isInstanceOf(DuplicateUnitCode.class);
		assertThat(units.count()).isEqualTo(before);
	}

	@Test
	void refusesAStaleVersion() {
		Actor admin = fixtures.actor("admin");
		OrgUnit unit = create(admin, "UBND-TP");
		administration.describe(admin, unit.getId(), unit.getVersion(), unit.getCode(), "Tên mới", unit.getKind());
		assertThatThrownBy(() -> administration.describe(admin, unit.getId(), unit.getVersion(), unit.getCode(),
				"Tên khác", unit.getKind())).isInstanceOf(StaleEdit.class);
		assertThat(units.findById(unit.getId()).orElseThrow().getName()).isEqualTo("Tên mới");
	}

	@Test
	void onlyAdminsChangeTheTreeAndOnlyInsideTheirScope() {
		assertThatThrownBy(() -> create(fixtures.actor("tuyengiao"), "THANHUY")).isInstanceOf(OutOfScope.class);
		Actor admin = fixtures.actor("admin");
		Actor cityAdmin = new Actor(admin.accountId(), "cityadmin", "", admin.role(), fixtures.unit("THANHUY"),
				fixtures.unit("THANHUY"), true);
		assertThatThrownBy(() -> create(cityAdmin, "BTG-TINHUY")).isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> administration.get(fixtures.actor("songcau"), fixtures.unit("DB-DUCXUAN")))
			.isInstanceOf(OutOfScope.class);
	}

	@Test
	void deactivatesAndAuditsWithBeforeAndAfter() {
		Actor admin = fixtures.actor("admin");
		OrgUnit unit = create(admin, "UBND-TP");
		administration.deactivate(admin, unit.getId(), unit.getVersion());
		assertThat(units.findById(unit.getId()).orElseThrow().isActive()).isFalse();
		String changes = jdbc.sql("select changes from audit_event where entity = 'OrgUnit' and entity_id = ? "
				+ "and action = 'DEACTIVATE'").param(String.valueOf(unit.getId())).query(String.class).single();
		assertThat(changes).isEqualTo("{\"active\":[true,false]}");
		String actor = jdbc.sql("select actor from audit_event where entity = 'OrgUnit' and entity_id = ? "
				+ "and action = 'CREATE'").param(String.valueOf(unit.getId())).query(String.class).single();
		assertThat(actor).isEqualTo("system");
	}
}
