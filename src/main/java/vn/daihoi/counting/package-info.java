/**
 * The counting engine (elections.md, election-record.md): one record of one vote goes in, a decided
 * result, a run-off or the reasons for refusing comes out. Plain Java with exact integer arithmetic:
 * no Spring, no database, no clock, no I/O, so the offline recount gives the same answer as the app.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Counting",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.daihoi.counting;
