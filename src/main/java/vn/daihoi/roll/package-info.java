/**
 * The congress's roll (danh sách triệu tập): members or delegates with their numbers, alternates called
 * up, absences for the whole congress, badges with a QR code, check-in at the door, the base D of each
 * vote and the quorum (elections.md §2), the agenda and the bodies elected by show of hands.
 *
 * <p>Public face (what other modules may use): {@link vn.daihoi.roll.Roll} (the base D of a vote, the
 * delegates ex officio, the counting committee elected by show of hands), {@link vn.daihoi.roll.VotingBase},
 * {@link vn.daihoi.roll.RollDesk} (fill a roll and check in at the door, as the office would) and the SPI {@link vn.daihoi.roll.CandidateLists} (implemented by elections). Everything else (the roll
 * book, absences, check-in, badges, the agenda and its bodies, searches and pages) lives in
 * {@code roll.internal} and {@code roll.web}, which Spring Modulith keeps out of other modules' reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roll and check-in")
package vn.daihoi.roll;
