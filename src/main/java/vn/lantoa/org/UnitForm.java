package vn.lantoa.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The unit form of the pages and the unit body of the API. */
record UnitForm(@NotBlank @Size(max = UnitCsv.MAX_CODE) String code, @NotBlank @Size(max = UnitCsv.MAX_NAME) String name,
		@NotNull UnitKind kind, Long parentId, Integer version) {

	static UnitForm of(OrgUnit unit) {
		return new UnitForm(unit.getCode(), unit.getName(), unit.getKind(), unit.getParentId(), unit.getVersion());
	}

	static UnitForm empty(Long parentId) {
		return new UnitForm("", "", null, parentId, null);
	}
}
