/**
 * The organisation tree (effective-dated nodes, parent and superior links, merges and splits) and
 * the party members who belong to its cells.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation and members")
package vn.daihoi.org;
