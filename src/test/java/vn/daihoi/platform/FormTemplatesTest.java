package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page form that posts fields uses the one form pattern of {@code docs/style.md}: it reads its
 * {@code formErrors} by its own id, shows the summary, and marks each field and shows its errors beside it
 * (the controller side is {@code FormActions.submit}; {@link FormPatternTest} checks the round trip over
 * HTTP). Dates are typed as dd/MM/yyyy text, never {@code type="date"}.
 */
class FormTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Forms outside the pattern, each with its reason. */
    private static final Set<String> EXEMPT = Set.of(
            // Spring Security's login: a failed login answers "/login?error" and must not echo the password.
            "access/login.html#-");

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("(?<![:\\w-])name=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern PER_ROW_ID = Pattern.compile("\\|([\\w-]+)\\$\\{([^}|]+)}\\|");
    private static final Pattern NOT_TYPED = Pattern.compile("\\btype=\"(hidden|submit|button|file|checkbox|radio)\"");

    @Test
    void everyPostedFormShowsItsErrorsBesideItsFieldsAndKeepsWhatWasTyped() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            String page = TEMPLATES.relativize(file).toString().replace('\\', '/');
            String html = Files.readString(file);
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                String attrs = form.group(1);
                if (!attrs.matches("(?s).*\\bmethod=\"post\".*")) {
                    continue;
                }
                List<String> fields = typedFields(form.group(2));
                if (fields.isEmpty()) {
                    continue;
                }
                Matcher idMatch = ID.matcher(attrs);
                String id = idMatch.find() ? idMatch.group(1) : "-";
                String where = page + "#" + id;
                if (EXEMPT.contains(where)) {
                    continue;
                }
                problems.addAll(check(where, id, attrs, form.group(2), fields));
            }
        }
        assertThat(problems)
                .as("forms outside the one form pattern (docs/style.md)")
                .isEmpty();
    }

    @Test
    void datesAreTypedAsTextNeverTheBrowsersDateInput() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            if (Files.readString(file).contains("type=\"date\"")) {
                found.add(TEMPLATES.relativize(file).toString());
            }
        }
        assertThat(found)
                .as("type=\"date\" shows the browser's own format and messages")
                .isEmpty();
    }

    private static List<String> check(String where, String id, String attrs, String body, List<String> fields) {
        List<String> problems = new ArrayList<>();
        if (id.equals("-")) {
            problems.add(where + ": the form has no id (its errors come back to it by id)");
            return problems;
        }
        // a form repeated per row has a per-row id, th:id="|x-form-${row.id}|", read as formErrors?.in('x-form-' +
        // row.id)
        Matcher perRow = PER_ROW_ID.matcher(id);
        String byId = perRow.matches()
                ? "formErrors?.in('" + perRow.group(1) + "' + "
                        + perRow.group(2).strip() + ")"
                : "formErrors?.in('" + id + "')";
        if (!attrs.contains(byId)) {
            problems.add(where + ": no th:with=\"fe=${" + byId + "}\"");
        }
        if (!attrs.contains("novalidate")) {
            problems.add(where + ": no novalidate (the server's messages speak for every field at once)");
        }
        if (!body.contains("fragments/form :: summary(${fe})")) {
            problems.add(where + ": no summary fragment");
        }
        for (String name : fields) {
            if (!body.contains("fe?.has('" + name + "')")) {
                problems.add(where + ": field " + name + " is not marked (fe?.has)");
            }
            if (!body.contains("feedback(${fe}, '" + name + "')")) {
                problems.add(where + ": field " + name + " has no feedback fragment beside it");
            }
            boolean secret =
                    body.matches("(?s).*<input[^>]*type=\"password\"[^>]*name=\"" + Pattern.quote(name) + "\".*")
                            || body.matches("(?s).*<input[^>]*name=\"" + name + "\"[^>]*type=\"password\".*");
            if (!secret && !body.contains("fe?.value('" + name + "')") && !body.contains("fe?.sent('" + name + "'")) {
                problems.add(where + ": field " + name + " does not keep what was typed (passwords excepted)");
            }
        }
        return problems;
    }

    private static List<String> typedFields(String body) {
        List<String> names = new ArrayList<>();
        Matcher field = FIELD.matcher(body);
        while (field.find()) {
            String attrs = field.group(2);
            Matcher name = NAME.matcher(attrs);
            if (name.find() && !NOT_TYPED.matcher(attrs).find() && !names.contains(name.group(1))) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
