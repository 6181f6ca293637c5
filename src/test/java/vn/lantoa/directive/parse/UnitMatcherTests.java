package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import vn.lantoa.directive.parse.UnitMatcher.Candidate;

class UnitMatcherTests {

	private static final long PEOPLES_COMMITTEE = 1;
	private static final long ORGANISATION_BOARD = 2;
	private static final long PROPAGANDA_BOARD = 3;
	private static final long FATHERLAND_FRONT = 4;
	private static final long WOMENS_UNION = 5;
	private static final long DUC_XUAN_PARTY = 6;

	private final UnitMatcher matcher = new UnitMatcher(List.of(
			new Candidate(PEOPLES_COMMITTEE, "Ủy ban nhân dân thành phố"),
			new Candidate(ORGANISATION_BOARD, "Ban Tổ chức Thành ủy"),
			new Candidate(PROPAGANDA_BOARD, "Ban Tuyên giáo Thành ủy"),
			new Candidate(FATHERLAND_FRONT, "Ủy ban MTTQ Việt Nam thành phố"),
			new Candidate(WOMENS_UNION, "Hội Liên hiệp Phụ nữ"),
			new Candidate(DUC_XUAN_PARTY, "Đảng bộ phường Đức Xuân")));

	@Test
	void matchesTheSameNameWrittenWithOtherCaseAndToneSpelling() {
		assertThat(matcher.match("Ủy ban nhân dân thành phố")).hasValue(PEOPLES_COMMITTEE);
		assertThat(matcher.match("UỶ BAN NHÂN DÂN THÀNH PHỐ")).hasValue(PEOPLES_COMMITTEE);
		assertThat(matcher.match("Đảng bộ phường Đức Xuân")).hasValue(DUC_XUAN_PARTY);
		assertThat(matcher.match("Ban Tổ chức Thành ủy")).hasValue(ORGANISATION_BOARD);
	}

	@Test
	void expandsCommonAbbreviations() {
		assertThat(matcher.match("UBND thành phố")).hasValue(PEOPLES_COMMITTEE);
		assertThat(matcher.match("UBND tp")).hasValue(PEOPLES_COMMITTEE);
		assertThat(matcher.match("BTG Thành ủy")).hasValue(PROPAGANDA_BOARD);
		assertThat(matcher.match("BTGTU")).hasValue(PROPAGANDA_BOARD);
		assertThat(matcher.match("Ban Tuyên giáo TU")).hasValue(PROPAGANDA_BOARD);
		assertThat(matcher.match("Ủy ban MTTQ thành phố")).hasValue(FATHERLAND_FRONT);
		assertThat(matcher.match("Hội LHPN thành phố")).hasValue(WOMENS_UNION);
	}

	@Test
	void matchesAShorterOrLongerNameContainingTheOther() {
		assertThat(matcher.match("Ban Tuyên giáo")).hasValue(PROPAGANDA_BOARD);
		assertThat(matcher.match("Mặt trận Tổ quốc Việt Nam thành phố")).hasValue(FATHERLAND_FRONT);
		assertThat(matcher.match("Hội Liên hiệp Phụ nữ thành phố")).hasValue(WOMENS_UNION);
	}

	@Test
	void doesNotMatchGroupsOfUnits() {
		assertThat(matcher.match("Các chi, đảng bộ trực thuộc")).isEmpty();
		assertThat(matcher.match("MTTQ và các đoàn thể thành phố")).isEmpty();
		assertThat(matcher.match("Ban Tổ chức, Ban Tuyên giáo Thành ủy")).isEmpty();
	}

	@Test
	void doesNotMatchAmbiguousOrUnknownNames() {
		assertThat(matcher.match("Ban Thành ủy")).isEmpty();
		assertThat(matcher.match("Phòng Văn hóa và Thông tin")).isEmpty();
		assertThat(matcher.match("Đảng ủy phường Đức Xuân")).isEmpty();
		assertThat(matcher.match("thành phố")).isEmpty();
		assertThat(matcher.match("")).isEmpty();
		assertThat(matcher.match(null)).isEmpty();
	}

	@Test
	void readsTuAsAnOrdinaryWordWhenNotInCapitals() {
		UnitMatcher units = new UnitMatcher(List.of(new Candidate(7, "Tổ tự quản khu phố"), new Candidate(8, "Ban Thành ủy")));

		assertThat(units.match("tổ tự quản khu phố")).isEqualTo(OptionalLong.of(7));
	}

	@Test
	void matchesTheUnitsOfTheSeedAssignments() {
		List<OptionalLong> matches = Documents.parsed(Documents.SEED).assignments().stream()
			.map(assignment -> matcher.match(assignment.unitText()))
			.toList();

		assertThat(matches).containsExactly(OptionalLong.empty(), OptionalLong.of(PEOPLES_COMMITTEE),
				OptionalLong.empty(), OptionalLong.of(ORGANISATION_BOARD), OptionalLong.of(PROPAGANDA_BOARD));
	}
}
