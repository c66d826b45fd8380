/**
 * The congress's roll (danh sách triệu tập): members or delegates with their numbers, alternates called
 * up, absences for the whole congress, badges with a QR code, check-in at the door, the base D of each
 * vote and the quorum (elections.md §2), the agenda and the bodies elected by show of hands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roll and check-in")
package vn.daihoi.roll;
