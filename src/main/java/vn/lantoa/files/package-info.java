/**
 * Stored files (originals of directives, evidence, exports) on local disk, addressed by their SHA-256.
 */
package vn.lantoa.files;
