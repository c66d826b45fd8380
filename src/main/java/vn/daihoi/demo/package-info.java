/**
 * Demo data: a sample province for a first run, and a national-size tree for benchmarks.
 *
 * <p>The sample goes through the owning modules' services wherever they can record what a real office would
 * have done, signed in as the sample's accounts ({@code internal.SignedIn}): users ({@code access.UserAdmin}),
 * the plan and the decisions ({@code documents.DocumentRegister}), every file ({@code files.FileStore}, one
 * paper made for each case), the dossiers ({@code dossier.DossierSubmissions} and {@code dossier.DossierAppraisals}: each item's file uploaded by the province's
 * office, the submission and the appraisal recorded as handled on paper at the days of the case's history; the
 * showcased approval's meeting and conclusion notice through {@code dossier.ApprovalCalendar} and {@code
 * dossier.ApprovalConclusions#recordOnPaper}), the
 * results reports, confirmations, annulments and archiving ({@code results.ResultsReports}, {@code
 * results.Confirmations}, {@code season.CongressCases}), the elections and the keyed round ({@code elections},
 * {@code keying}). The tables below are written directly, each for its reason; a table of another module not
 * listed here is not written by this module.
 *
 * <ul>
 *   <li>{@code org_unit}, {@code org_version}, {@code member}, {@code member_assignment} (and their id
 *       sequences): the tree with its past versions and the members with their cell history, in bulk ({@code
 *       COPY} for the national load of millions): the org and personnel services record today's changes one at
 *       a time, not a past reform ({@code org.TreeMaintenance} rebuilds the closure and counts after). The
 *       national load also drops and re-creates these tables' indexes around its COPY ({@code
 *       internal.BulkIndexes}) and copies its cases with {@code congress_case}'s triggers off.
 *   <li>{@code congress_case}, {@code congress_transition}: every case's history up to its dossier and from its
 *       dossier's verdict to its results report, step by step at its past days; {@code CongressCases#move}
 *       stamps each step with the time it is recorded, so a history written through it would read as entered
 *       on the day of the load. The steps before the dossier keep their past times; the dossier's steps go
 *       through {@code dossier.DossierSubmissions} and {@code dossier.DossierAppraisals} (submitted, under appraisal, ready or returned: a past day typed, the
 *       time of the load), so the steps after them are stamped with the load's time too ({@code
 *       internal.SampleCongresses#resume}). The steps from the report on go through the services. {@code
 *       internal.SampleElections} also puts its archived cell back into its session for the hour of its
 *       elections ({@code Elections} holds elections only in session).
 *   <li>{@code roll_entry}, {@code roll_checkin}: the roll of every case that sat on a past day, checked in on
 *       that day; {@code roll.CheckIns} stamps a check-in with the time it is recorded, so a past day's door would
 *       read as the load's. The cell that sits today ({@code HBX.DX.01.T3}, its session on the load's day) gets its
 *       roll and check-ins through {@code roll.RollBook#fillFromMembers} and {@code roll.CheckIns#checkIn},
 *       signed in as the commune's office ({@code internal.SampleSessions#sittingToday}).
 *   <li>{@code app_user} (national load only): the disabled follower accounts of the national tree's cases, by
 *       the thousand without a password.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.daihoi.demo;
