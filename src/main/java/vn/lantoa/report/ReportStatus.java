package vn.lantoa.report;

/** Where a report stands. NOT_STARTED is a report owed that nobody has opened yet: it has no row. */
public enum ReportStatus {
	NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

	/** Whether the report counts as submitted for completeness (a returned one was submitted once, but is not now). */
	public boolean submitted() {
		return this == SUBMITTED || this == APPROVED;
	}

	/** Whether its unit may still change the narrative and submit it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
