/**
 * Users, roles and permissions. A role is held on a node of the organisation tree and applies to
 * that node's whole subtree; every page and API endpoint checks one {@link vn.daihoi.access.Permission}
 * through {@link vn.daihoi.access.AccessControl}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.daihoi.access;
