/**
 * Reads uploaded guidance and plan documents (.txt, .docx) into a structure the officer checks
 * before a campaign is created from it: {@link vn.lantoa.directive.parse.DocumentText},
 * {@link vn.lantoa.directive.parse.GuidanceParser} and {@link vn.lantoa.directive.parse.UnitMatcher}.
 */
package vn.lantoa.directive.parse;
