/**
 * Small value types and failures that every module may use: the acting user, domain refusals and text folding; and
 * what keeps answers across requests: change counters, the caches kept under them, rendered page sections.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.lantoa.shared;
