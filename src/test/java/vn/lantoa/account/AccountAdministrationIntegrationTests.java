package vn.lantoa.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.RowErrors;

@LanToaTest
class AccountAdministrationIntegrationTests {

	@Autowired
	AccountAdministration administration;
	@Autowired
	AccountCsv csv;
	@Autowired
	Accounts accounts;
	@Autowired
	PasswordEncoder passwords;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSignIn signIn;

	private AccountDetails details(String username, String unit, String scope) {
		return new AccountDetails(username, "Hoàng Thị Mai", "mai@example.vn", Role.REPORTER, fixtures.unit(unit),
				fixtures.unit(scope));
	}

	@Test
	void opensAnAccountWithAHashedPasswordAndAudits() {
		String username = Fixtures.unique("user").toLowerCase();
		Account account = administration.open(fixtures.actor("admin"), details(username, "DB-DUCXUAN", "DB-DUCXUAN"),
				"mat-khau-dai");
		Account stored = accounts.findById(account.getId()).orElseThrow();
		assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("mat-khau-dai");
		assertThat(passwords.matches("mat-khau-dai", stored.getPasswordHash())).isTrue();
		String changes = jdbc.sql("select changes from audit_event where entity = 'Account' and entity_id = ?")
			.param(String.valueOf(account.getId())).query(String.class).single();
		assertThat(changes).contains("\"username\":[null,\"" + username + "\"]").doesNotContain("password");
	}

	@Test
	void theAccountReadOnEachRequestIsTheStoredOneFieldByField() {
		Account opened = administration.open(fixtures.actor("admin"),
				details(Fixtures.unique("user").toLowerCase(), "DB-DUCXUAN", "DB-DUCXUAN"), "mat-khau-dai");
		assertThat(signIn.current(opened.getId())).get().usingRecursiveComparison()
			.isEqualTo(accounts.findById(opened.getId()).orElseThrow());
		// locked after failed sign-ins, no e-mail
		jdbc.sql("update account set failed_logins = 5, locked_until = created_at, email = null where id = ?")
			.param(opened.getId()).update();
		Account locked = accounts.findById(opened.getId()).orElseThrow();
		assertThat(locked.getLockedUntil()).isNotNull();
		assertThat(signIn.current(opened.getId())).get().usingRecursiveComparison().isEqualTo(locked);
		assertThat(signIn.current(-1)).isEmpty();
	}

	@Test
	void refusesAScopeThatIsNotAboveTheUnit() {
		assertThatThrownBy(() -> administration.open(fixtures.actor("admin"),
				details(Fixtures.unique("u"), "DB-DUCXUAN", "UBND-TP"), "mat-khau-dai"))
			.isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("account.error.scope"));
	}

	@Test
	void refusesDuplicatesShortPasswordsAndNonAdmins() {
		Actor admin = fixtures.actor("admin");
		assertThatThrownBy(() -> administration.open(admin, details("DucXuan", "DB-DUCXUAN", "DB-DUCXUAN"),
				"mat-khau-dai")).isInstanceOfSatisfying(Refusal.class,
						e -> assertThat(e.messageKey()).isEqualTo("account.error.duplicateUsername"));
		assertThatThrownBy(() -> administration.open(admin, details(Fixtures.unique("u"), "DB-DUCXUAN", "DB-DUCXUAN"),
				"ngan")).isInstanceOfSatisfying(Refusal.class,
						e -> assertThat(e.messageKey()).isEqualTo("password.error.length"));
		assertThatThrownBy(() -> administration.open(fixtures.actor("tuyengiao"),
				details(Fixtures.unique("u"), "DB-DUCXUAN", "DB-DUCXUAN"), "mat-khau-dai"))
			.isInstanceOf(OutOfScope.class);
	}

	@Test
	void changesItsOwnPasswordOnlyWithTheCurrentOne() {
		String username = Fixtures.unique("pw").toLowerCase();
		administration.open(fixtures.actor("admin"), details(username, "DB-SONGCAU", "DB-SONGCAU"), "mat-khau-cu-1");
		Actor self = fixtures.actor(username);
		assertThatThrownBy(() -> administration.changeOwnPassword(self, "sai-mat-khau", "mat-khau-moi-2"))
			.isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("password.error.current"));
		administration.changeOwnPassword(self, "mat-khau-cu-1", "mat-khau-moi-2");
		assertThat(passwords.matches("mat-khau-moi-2", accounts.findByUsername(username).orElseThrow()
			.getPasswordHash())).isTrue();
	}

	@Test
	void importsAccountsWithoutPasswordsAndExportsThem() {
		String username = Fixtures.unique("csv").toLowerCase();
		String text = "username,full_name,email,role,unit_code,scope_unit_code,active\n" + username
				+ ",\"Đinh Thị Ngọc, cán bộ\",ngoc@example.vn,LEADER,BTG-TU,THANHUY,true\n";
		assertThat(csv.importCsv(fixtures.actor("admin"), text)).isEqualTo(1);
		Account imported = accounts.findByUsername(username).orElseThrow();
		assertThat(imported.getPasswordHash()).isNull();
		assertThat(imported.getScopeUnitId()).isEqualTo(fixtures.unit("THANHUY"));
		assertThat(csv.export(fixtures.actor("admin")))
			.contains("\r\n" + username + ",\"Đinh Thị Ngọc, cán bộ\",ngoc@example.vn,LEADER,BTG-TU,THANHUY,true\r\n");
	}

	@Test
	void refusesAnImportWithABadRowAndSavesNone() {
		String good = Fixtures.unique("ok").toLowerCase();
		String text = "username,full_name,email,role,unit_code,scope_unit_code,active\n" + good
				+ ",Tốt,,REPORTER,DB-DUCXUAN,,true\n" + "có dấu,Sai,,REPORTER,DB-DUCXUAN,,true\n"
				+ Fixtures.unique("x").toLowerCase() + ",Sai vai trò,,BOSS,DB-DUCXUAN,,true\n";
		assertThatThrownBy(() -> csv.importCsv(fixtures.actor("admin"), text))
			.isInstanceOfSatisfying(RowErrors.class, e -> assertThat(e.errors())
				.extracting(RowErrors.RowError::line).containsExactly(3, 4));
		assertThat(accounts.findByUsername(good)).isEmpty();
	}
}
