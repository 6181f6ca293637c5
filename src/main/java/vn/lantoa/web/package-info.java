/**
 * The frame around every page: layout, language, home page, error pages, the API's error shape, and the read replica
 * that the dashboards may read.
 */
package vn.lantoa.web;
