/**
 * The offline commands {@code daihoi tally} and {@code daihoi sort-names}: the JSON contract of
 * election-record.md around the counting engine. Uses Jackson but never Spring, so the command runs
 * without the web application or a database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tally command")
package vn.daihoi.tally;
