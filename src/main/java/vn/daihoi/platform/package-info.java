/**
 * Shared infrastructure every module may use: the database (embedded PostgreSQL by default), the
 * clock, error handling, messages and the page layout.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.daihoi.platform;
