/**
 * Communication activities that units record: theme, channel, dates, measures, links and evidence files; lists,
 * search, bulk entry and export.
 */
package vn.lantoa.activity;
