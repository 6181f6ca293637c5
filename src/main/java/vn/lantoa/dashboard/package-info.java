/**
 * Campaign dashboards: where a campaign stands for a unit's subtree and a period (coverage of themes × channels,
 * reporting by unit and period, completeness and timeliness, activity over time, assignments by status, the units
 * with the most and fewest activities, recent exemplary models), read from the roll-ups and the report and
 * assignment registers, never by scanning the activities; as a page with charts, an XLSX export and the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "rollup", "report", "campaign", "org",
		"recognition", "document", "shared" })
package vn.lantoa.dashboard;
