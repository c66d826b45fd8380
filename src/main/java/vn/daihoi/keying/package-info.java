/**
 * Keyed counting (elections.md §7): the same pile of ballots keyed by N independent teams at the keyboard,
 * each ballot stored once under a client-generated id (a retry after a crash is a no-op), the teams' counts
 * compared position by position and the round released through the elections module only when they agree;
 * otherwise a reconciliation lists the differing positions. Every action goes to the entry log (nhật ký nhập
 * phiếu), a per-round SHA-256 hash chain that is append-only, verifiable and printed for the minutes. A quick
 * mode takes the totals counted by hand in small cells.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keyed counting")
package vn.daihoi.keying;
