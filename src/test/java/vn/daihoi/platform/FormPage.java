package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Reading a page that came back from a refused form (the one form pattern, {@code docs/style.md}): the errors
 * beside a field ({@code data-error-for}), a form's part of the page, and the value kept in an input. One helper
 * for every module's form round-trip tests.
 */
public final class FormPage {

    private static final Pattern ANY_ERROR = Pattern.compile("data-error-for=\"([^\"]*)\"[^>]*>([^<]*)<");

    private FormPage() {}

    /** Every error shown beside the field {@code field}, in page order. */
    public static List<String> errorsFor(String page, String field) {
        Matcher m = ANY_ERROR.matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(field)) {
                found.add(HtmlUtils.htmlUnescape(m.group(2)));
            }
        }
        return found;
    }

    /** The (first) error shown beside the field; fails when there is none. */
    public static String errorFor(String page, String field) {
        List<String> found = errorsFor(page, field);
        assertThat(found).as("an error beside " + field).isNotEmpty();
        return found.getFirst();
    }

    /** The part of the page inside the form {@code id}; fails when the page has no such form. */
    public static String form(String page, String id) {
        Matcher m = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("form " + id).isTrue();
        return m.group();
    }

    /** The value of the input named {@code name} in {@code html} ({@code ""} when it has none). */
    public static String valueOf(String html, String name) {
        Matcher tag = Pattern.compile("<input[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("input " + name).isTrue();
        Matcher v = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(tag.group());
        return v.find() ? HtmlUtils.htmlUnescape(v.group(1)) : "";
    }
}
