/**
 * The Party-building bulletin: articles that units submit (simple rich text cleaned to a safe subset, photos),
 * reviewed by the Board's editors and placed into numbered issues that export as print-ready PDF and DOCX; and the
 * public page and Atom feed of what editors publish (issues, recognised models, articles).
 */
package vn.lantoa.bulletin;
