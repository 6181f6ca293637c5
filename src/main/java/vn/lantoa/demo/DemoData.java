package vn.lantoa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.account.AccountAdministration;
import vn.lantoa.account.AccountDetails;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.directive.Directive;
import vn.lantoa.directive.DirectiveImport;
import vn.lantoa.directive.ReviewForm;
import vn.lantoa.shared.Actor;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Role;

/**
 * Loads the demo tree, accounts and the seed guidance planned as a campaign into an empty database. On by default only with the embedded database
 * ({@code LANTOA_DEMO} decides otherwise). Every demo account gets {@code LANTOA_DEMO_PASSWORD}, or a random
 * password printed once here: no account has a built-in password.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UnitAdministration units;
	private final AccountAdministration accounts;
	private static final String SEED = "/demo/huong-dan-tuyen-truyen-xay-dung-dang.txt";

	private final DemoDirectory demo;
	private final DirectiveImport directives;
	private final String password;
	private final Map<String, Long> ids = new HashMap<>();

	DemoData(UnitAdministration units, AccountAdministration accounts, DemoDirectory demo, DirectiveImport directives,
			@Value("${lantoa.demo-password:}") String password) {
		this.units = units;
		this.accounts = accounts;
		this.demo = demo;
		this.directives = directives;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || demo.count("org_unit") > 0) {
			return;
		}
		String secret = password.isBlank() ? randomPassword() : password;
		tree();
		account("admin", "Quản trị hệ thống", Role.ADMIN, "THANHUY", "TINHUY", secret);
		account("tuyengiao", "Nguyễn Thị Hồng Nhung", Role.COORDINATOR, "BTG-TU", "THANHUY", secret);
		account("thuongtruc", "Hoàng Văn Minh", Role.LEADER, "THANHUY", "THANHUY", secret);
		account("ducxuan", "Lương Thị Thu Hà", Role.REPORTER, "DB-DUCXUAN", "DB-DUCXUAN", secret);
		account("songcau", "Nông Văn Đức", Role.REPORTER, "DB-SONGCAU", "DB-SONGCAU", secret);
		account("ubnd", "Triệu Thị Lan", Role.REPORTER, "UBND-TP", "UBND-TP", secret);
		account("mttq", "Hà Văn Tùng", Role.REPORTER, "MTTQ-TP", "MTTQ-TP", secret);
		account("tinhuy", "Ma Thị Phương", Role.LEADER, "BTG-TINHUY", "TINHUY", secret);
		seedCampaign();
		if (password.isBlank()) {
			log.warn("Demo accounts admin, tuyengiao, thuongtruc, ducxuan, songcau, ubnd, mttq, tinhuy "
					+ "were created with the password: {}  (set LANTOA_DEMO_PASSWORD to choose it)", secret);
		}
	}

	private void tree() {
		unit(null, "TINHUY", "Tỉnh ủy Bắc Kạn", UnitKind.PROVINCE_COMMITTEE);
		unit("TINHUY", "BTG-TINHUY", "Ban Tuyên giáo Tỉnh ủy", UnitKind.PARTY_BOARD);
		unit("TINHUY", "THANHUY", "Thành ủy Bắc Kạn", UnitKind.CITY_COMMITTEE);
		unit("THANHUY", "BTG-TU", "Ban Tuyên giáo Thành ủy", UnitKind.PARTY_BOARD);
		unit("THANHUY", "BTC-TU", "Ban Tổ chức Thành ủy", UnitKind.PARTY_BOARD);
		unit("THANHUY", "VP-TU", "Văn phòng Thành ủy", UnitKind.OFFICE);
		unit("THANHUY", "UBND-TP", "Ủy ban nhân dân thành phố", UnitKind.PEOPLES_COMMITTEE);
		unit("UBND-TP", "TTVHTTTT", "Trung tâm Văn hóa Thể thao và Truyền thông", UnitKind.MEDIA_CENTRE);
		unit("UBND-TP", "CTTDT-TP", "Cổng thông tin điện tử thành phố", UnitKind.MEDIA_CENTRE);
		unit("THANHUY", "MTTQ-TP", "Ủy ban MTTQ Việt Nam thành phố", UnitKind.FATHERLAND_FRONT);
		unit("THANHUY", "HLHPN-TP", "Hội Liên hiệp Phụ nữ", UnitKind.MASS_ORGANISATION);
		unit("THANHUY", "DTN-TP", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", UnitKind.MASS_ORGANISATION);
		unit("THANHUY", "HND-TP", "Hội Nông dân", UnitKind.MASS_ORGANISATION);
		unit("THANHUY", "HCCB-TP", "Hội Cựu chiến binh", UnitKind.MASS_ORGANISATION);
		unit("THANHUY", "LDLD-TP", "Liên đoàn Lao động thành phố", UnitKind.MASS_ORGANISATION);
		unit("THANHUY", "DB-DUCXUAN", "Đảng bộ phường Đức Xuân", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-SONGCAU", "Đảng bộ phường Sông Cầu", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-PHUNGCHIKIEN", "Đảng bộ phường Phùng Chí Kiên", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-NGUYENTHIMINHKHAI", "Đảng bộ phường Nguyễn Thị Minh Khai", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-HUYENTUNG", "Đảng bộ phường Huyền Tụng", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-XUATHOA", "Đảng bộ phường Xuất Hóa", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-DUONGQUANG", "Đảng bộ xã Dương Quang", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "DB-NONGTHUONG", "Đảng bộ xã Nông Thượng", UnitKind.PARTY_COMMITTEE);
		unit("THANHUY", "CB-VHTT", "Chi bộ Phòng Văn hóa và Thông tin thành phố", UnitKind.PARTY_CELL);
		unit("THANHUY", "CB-GDDT", "Chi bộ Phòng Giáo dục và Đào tạo thành phố", UnitKind.PARTY_CELL);
		unit("THANHUY", "CB-TTYT", "Chi bộ Trung tâm Y tế thành phố", UnitKind.PARTY_CELL);
	}

	/** The Bắc Kạn guidance imported by the Propaganda Board as a campaign for 07/2023–12/2025, reported quarterly. */
	private void seedCampaign() {
		Actor board = demo.actor("tuyengiao");
		try (InputStream in = getClass().getResourceAsStream(SEED)) {
			Directive directive = directives.importDocument(board, "huong-dan-tuyen-truyen-xay-dung-dang.txt",
					in.readAllBytes());
			ReviewForm form = directives.draft(board, directive.getId());
			form.setCampaignTitle(DemoDirectory.SEED_CAMPAIGN);
			form.setStartsOn(LocalDate.of(2023, 7, 1));
			form.setEndsOn(LocalDate.of(2025, 12, 31));
			form.setDueOn(LocalDate.of(2025, 12, 31));
			form.setFrequency(ReportSchedule.Frequency.QUARTERLY);
			form.setDeadlineRule(ReportSchedule.DeadlineRule.DAY_OF_LAST_MONTH);
			form.setDeadlineDays(15);
			form.setCutoffDay(14);
			directives.plan(board, directive.getId(), form);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void unit(String parent, String code, String name, UnitKind kind) {
		OrgUnit unit = units.createUnchecked(parent == null ? null : ids.get(parent), code, name, kind);
		ids.put(code, unit.getId());
	}

	private void account(String username, String fullName, Role role, String unit, String scope, String secret) {
		accounts.openUnchecked(new AccountDetails(username, fullName, null, role, ids.get(unit), ids.get(scope)),
				secret);
	}

	private static String randomPassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}
}
