package vn.lantoa;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Filling the activity import template in tests. */
public final class SheetTemplates {

	private SheetTemplates() {
	}

	/** The template's row of column keys ("unit", "startsOn", "m:broadcasts"…), under which the data rows go. */
	public static Row keys(Sheet sheet) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && "unit".equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new IllegalStateException("the template has no row of column keys");
	}
}
