/**
 * Campaigns planned from guidance: their period, content themes, channels with their measures, report schedule,
 * and the assignments handed to units.
 */
package vn.lantoa.campaign;
