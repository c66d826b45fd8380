/**
 * The audit log: every change that matters, written in the same transaction as the change, each
 * entry chained to the previous one by a SHA-256 hash so that tampering is detectable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.daihoi.audit;
