package vn.daihoi.elections.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.elections.NewElection;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.FormErrors;

/** A list typed in a form: one full name a line, optionally "; dd/MM/yyyy" for the birth date. */
final class NameLines {

    private NameLines() {}

    /**
     * The names of the lines; each line whose birth date is not a date is refused beside {@code field}, with
     * the one date message of every form prefixed by its line ("Dòng 2: «Ngày sinh»: «31/02/1970» ...").
     */
    static List<NewElection.ListedName> parse(String text, FormErrors errors, String field) {
        List<NewElection.ListedName> out = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[;\t]", 2);
            LocalDate born = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                String typed = parts[1].strip();
                born = Dates.parse(typed).orElse(null);
                if (born == null) {
                    errors.reject(field, "elections.error.birthDate", i + 1, dateMessage(typed));
                }
            }
            out.add(new NewElection.ListedName(null, parts[0].strip(), born));
        }
        return out;
    }

    /** {@code form.error.date} for a birth date: resolved with the line's message, in the page's language. */
    private static DefaultMessageSourceResolvable dateMessage(String typed) {
        return new DefaultMessageSourceResolvable(new String[] {"form.error.date"}, new Object[] {
            new DefaultMessageSourceResolvable(new String[] {"elections.field.birthDate"}, null, "Ngày sinh"), typed
        });
    }
}
