/**
 * Recognition of good work: exemplary models proposed by units, verified and recognised by the Board and spread by
 * other units' activities; contests (each counted as an activity of its campaign's contest channel); entries for the
 * Golden Hammer and Sickle press award; and the counts per unit that reports and dashboards read.
 */
package vn.lantoa.recognition;
