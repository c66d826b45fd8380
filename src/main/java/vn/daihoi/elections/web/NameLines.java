package vn.daihoi.elections.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.daihoi.elections.NewElection;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** A list typed in a form: one full name a line, optionally "; dd/MM/yyyy" for the birth date. */
final class NameLines {

    private NameLines() {}

    static List<NewElection.ListedName> parse(String text) {
        List<NewElection.ListedName> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[;\t]", 2);
            LocalDate born = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                int number = i + 1;
                born = Dates.parse(parts[1].strip())
                        .orElseThrow(() -> new DomainException("elections.error.birthDate", number, parts[1].strip()));
            }
            out.add(new NewElection.ListedName(null, parts[0].strip(), born));
        }
        return out;
    }
}
