/**
 * The archive of a congress (Hướng dẫn 62-HD/VPTW): every file of the case, grouped as the guidance groups
 * them, in one ZIP with an index PDF and a machine-readable index; and the verification of such a ZIP
 * against its index and the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package vn.daihoi.archive;
