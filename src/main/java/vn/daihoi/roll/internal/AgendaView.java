package vn.daihoi.roll.internal;

import java.time.LocalTime;
import java.util.List;

/** The agenda in order and the bodies chosen by show of hands, with their members. */
public record AgendaView(List<Step> steps, List<Body> bodies) {

    public record Step(long id, int position, LocalTime startsAt, String title, boolean current) {}

    /** A body as the show of hands chose it: {@code elected} when more than half of those voting agreed. */
    public record Body(HandsBody body, int agree, int disagree, int total, List<RollEntry> members) {
        public boolean elected() {
            return 2L * agree > total;
        }
    }

    public AgendaView {
        steps = List.copyOf(steps);
        bodies = List.copyOf(bodies);
    }
}
