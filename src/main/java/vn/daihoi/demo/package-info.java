/** Demo data: a sample province for a first run, and a national-size tree for benchmarks. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.daihoi.demo;
