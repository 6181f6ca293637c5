/**
 * Periodic reports of units on a campaign: the reports each unit owes per period, their figures computed from the
 * unit's activities and frozen at submission, the narrative in the standard outline, review by the level above,
 * completeness and timeliness, consolidation up the tree, and export as DOCX, PDF and XLSX.
 */
package vn.lantoa.report;
