/**
 * Guidance documents: import from text or DOCX, the parsed structure the coordinator reviews, and the campaign
 * planned from it.
 */
package vn.lantoa.directive;
