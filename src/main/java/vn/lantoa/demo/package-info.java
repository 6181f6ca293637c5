/**
 * Demo data for a first run: the Bắc Kạn organisation tree and one account of each kind.
 */
package vn.lantoa.demo;
