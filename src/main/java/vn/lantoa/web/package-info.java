/**
 * The frame around every page: layout, language, home page, error pages and the API's error shape.
 */
package vn.lantoa.web;
