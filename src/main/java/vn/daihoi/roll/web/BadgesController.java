package vn.daihoi.roll.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.daihoi.platform.Downloads;
import vn.daihoi.roll.internal.Badges;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.season.CongressCase;

/** The badges of a congress as PDF, four to an A4 page, each with its QR code for check-in. */
@Controller
class BadgesController {

    private final Badges badges;
    private final RollBook book;
    private final MessageSource messages;

    BadgesController(Badges badges, RollBook book, MessageSource messages) {
        this.badges = badges;
        this.book = book;
        this.messages = messages;
    }

    @GetMapping("/congresses/{id}/roll/badges.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        CongressCase c = book.congress(id);
        Map<String, String> labels = Map.of(
                "title", messages.getMessage("roll.badge.title", new Object[] {c.orgName(), c.term()}, locale),
                "role",
                        messages.getMessage(
                                "DELEGATE".equals(c.kind()) ? "roll.badge.delegate" : "roll.badge.member",
                                null,
                                locale),
                "number", messages.getMessage("roll.badge.number", null, locale),
                "empty", messages.getMessage("roll.empty", null, locale));
        byte[] pdf = badges.pdf(id, labels);
        return Downloads.pdf("the-dai-bieu-" + c.orgCode() + ".pdf", pdf);
    }
}
