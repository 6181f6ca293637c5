/**
 * Working days in Vietnam: weekends, the statutory days off of the Labour Code (New Year, Tết and the Hùng Kings'
 * day by the lunar calendar, 30 April, 1 May, National Day) with their compensating days, and the days off and
 * make-up working days that admins add each year.
 */
package vn.lantoa.calendar;
