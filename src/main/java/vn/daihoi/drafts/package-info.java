/**
 * Draft congress documents and comments (góp ý văn kiện): a unit's drafts with versions and diffs, their
 * publication to units below with a deadline, comments attached to a section or paragraph, compiled and
 * forwarded up with their origin, and the publisher's synthesis with merged points and responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Draft documents and comments")
package vn.daihoi.drafts;
