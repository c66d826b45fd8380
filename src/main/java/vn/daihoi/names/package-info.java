/**
 * Vietnamese personal names: normalisation, accent-free search keys and ballot order (elections.md
 * §3). Plain Java, no Spring: the same code orders members in lists and names on ballots.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Names",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.daihoi.names;
