/**
 * The home page: the signed-in user's work, by what their roles allow, each block read through the owning
 * module's public API (no query of other modules' tables here).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home page")
package vn.daihoi.home;
