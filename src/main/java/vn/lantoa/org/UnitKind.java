package vn.lantoa.org;

/** What kind of organisation a unit is; the labels live in the message bundles as {@code unit.kind.NAME}. */
public enum UnitKind {
	PROVINCE_COMMITTEE, CITY_COMMITTEE, PARTY_BOARD, OFFICE, PARTY_COMMITTEE, PARTY_CELL, PEOPLES_COMMITTEE,
	STATE_AGENCY, FATHERLAND_FRONT, MASS_ORGANISATION, MEDIA_CENTRE, CENTRAL_COMMITTEE
}
