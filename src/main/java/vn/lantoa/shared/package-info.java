/**
 * Small value types and failures that every module may use: the acting user, domain refusals and text folding.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.lantoa.shared;
