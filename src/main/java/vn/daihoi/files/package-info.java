/**
 * Uploaded files: checked by content (never by name), size-capped, stored in PostgreSQL with their SHA-256
 * so that one database backup restores them consistently; and the SPI through which modules list the files
 * of a congress for its archive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package vn.daihoi.files;
