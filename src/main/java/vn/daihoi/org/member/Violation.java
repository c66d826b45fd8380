package vn.daihoi.org.member;

/** A rule a member's data breaks: which column (field) and the message key with its arguments. */
record Violation(MemberColumn column, String messageKey, Object... args) {}
