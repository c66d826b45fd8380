/**
 * The elections of a congress day (elections.md): each election with its rounds, the list (proposal,
 * self-nominations, nominations from the floor with the opinion ballot's 30 % rule, withdrawals), the ballot
 * PDF, the issued and collected counts, the released result from the counting engine, run-offs and further
 * rounds, the first meeting of the new committee, the minutes (PDF and DOCX), the election record JSON and
 * the live results page for the hall.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Elections")
package vn.daihoi.elections;
