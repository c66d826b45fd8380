package vn.daihoi.elections.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/** The hall's projector page (1920×1080): the released results in large type, live by server-sent events. */
@Controller
class HallController {

    private final ElectionBook book;
    private final CongressCases cases;
    private final HallFeed feed;

    HallController(ElectionBook book, CongressCases cases, HallFeed feed) {
        this.book = book;
        this.cases = cases;
        this.feed = feed;
    }

    @GetMapping("/congresses/{id}/hall")
    String hall(@PathVariable long id, Model model) {
        var elections = book.ofCase(id);
        CongressCase c = cases.find(id).orElseThrow(() -> DomainException.notFound("elections.error.noCase", id));
        model.addAttribute("c", c);
        model.addAttribute(
                "elections",
                elections.stream()
                        .filter(e -> e.rounds().stream().anyMatch(r -> r.status() != null))
                        .toList());
        model.addAttribute("stamp", book.releaseStamps(java.util.List.of(id)).get(id));
        return "elections/hall";
    }

    /**
     * The live stream for an EventSource (which asks for {@code text/event-stream}); any other client gets the
     * current stamp as one event and the end of the stream.
     */
    @GetMapping("/congresses/{id}/hall/events")
    SseEmitter events(@PathVariable long id, @RequestHeader(value = "Accept", defaultValue = "") String accept)
            throws java.io.IOException {
        book.ofCase(id); // the permission check of the page
        String stamp = book.releaseStamps(java.util.List.of(id)).get(id);
        if (accept.contains("text/event-stream")) {
            return feed.subscribe(id, stamp);
        }
        SseEmitter once = new SseEmitter();
        once.send(SseEmitter.event().name("released").data(stamp));
        once.complete();
        return once;
    }
}
