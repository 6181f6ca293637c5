/**
 * Roll-ups: the activities' counts and measure sums per campaign, unit subtree, reporting month, theme and
 * channel, kept exact in the transaction of every change, so that dashboards and reports read a few rows.
 */
package vn.lantoa.rollup;
