/**
 * The audit trail: who created, changed or deleted what, when, with the changed fields before and after.
 */
package vn.lantoa.audit;
