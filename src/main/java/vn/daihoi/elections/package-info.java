/**
 * The elections of a congress day (elections.md): each election with its rounds, the list (proposal,
 * self-nominations, nominations from the floor with the opinion ballot's 30 % rule, withdrawals), the ballot
 * PDF, the issued and collected counts, the released result from the counting engine, run-offs and further
 * rounds, the first meeting of the new committee, the minutes (PDF and DOCX), the election record JSON and
 * the live results page for the hall.
 *
 * <p>Public face (what other modules may use): {@link vn.daihoi.elections.Elections} (open an election),
 * {@link vn.daihoi.elections.NewElection}, {@link vn.daihoi.elections.ElectionRounds} (a round's sheet, its
 * counts and release) with {@link vn.daihoi.elections.RoundSheet}, {@link vn.daihoi.elections.RoundState} and
 * {@link vn.daihoi.elections.EnteredCount}, {@link vn.daihoi.elections.ElectionBook} (the elections of a case
 * as read back) and the SPI {@link vn.daihoi.elections.CountsGuard} (implemented by keying). Inside, by
 * job: {@code elections.list}
 * (the list stage: proposal, member search, nominations, the convening committee, withdrawals and approval),
 * {@code elections.secretary} (the secretary's introduction ballot), {@code elections.paper} (the ballots and
 * minutes, on the one Party paper writer of {@code platform.paper}), {@code elections.internal} (round
 * decisions, filing the record, and the helpers the jobs share); the controllers in {@code elections.web}.
 * Spring Modulith keeps every sub-package out of other modules' reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Elections")
package vn.daihoi.elections;
