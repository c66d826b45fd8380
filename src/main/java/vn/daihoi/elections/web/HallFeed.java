package vn.daihoi.elections.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.daihoi.elections.ElectionBook;

/**
 * Server-sent events for the hall's results pages connected to this node. The events come from PostgreSQL
 * (a stamp of the released rounds polled every second), never from this node's memory, so a round released
 * on any node reaches every screen. Only the open connections are held here.
 */
@Component
class HallFeed implements SmartLifecycle {

    /** Every 15 polls a comment goes to each screen, so a connection the browser dropped is noticed. */
    private static final int HEARTBEAT = 15;

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Listener(SseEmitter emitter, String[] lastStamp) {}

    private final ElectionBook book;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile boolean running;

    HallFeed(ElectionBook book) {
        this.book = book;
    }

    SseEmitter subscribe(long caseId, String stamp) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Listener l = new Listener(emitter, new String[] {stamp});
        listeners.computeIfAbsent(caseId, k -> ConcurrentHashMap.newKeySet()).add(l);
        Runnable remove = () -> listeners.computeIfPresent(caseId, (k, set) -> {
            set.remove(l);
            return set.isEmpty() ? null : set;
        });
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    /** How many screens of the case are connected to this node. */
    int listening(long caseId) {
        Set<Listener> set = listeners.get(caseId);
        return set == null ? 0 : set.size();
    }

    @Scheduled(fixedDelay = 1000)
    void poll() {
        if (listeners.isEmpty()) {
            return;
        }
        boolean heartbeat = polls.incrementAndGet() % HEARTBEAT == 0;
        Map<Long, String> stamps = book.releaseStamps(List.copyOf(listeners.keySet()));
        listeners.forEach((caseId, set) -> {
            String stamp = stamps.get(caseId);
            for (Listener l : set) {
                try {
                    if (stamp != null && !stamp.equals(l.lastStamp()[0])) {
                        l.emitter().send(SseEmitter.event().name("released").data(stamp));
                        l.lastStamp()[0] = stamp;
                    } else if (heartbeat) {
                        l.emitter().send(SseEmitter.event().comment("ping"));
                    }
                } catch (IOException | IllegalStateException e) {
                    // the screen went away: forget it
                    set.remove(l);
                }
            }
        });
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream before the web server's graceful shutdown waits for open requests (phase order). */
    @Override
    public void stop() {
        running = false;
        listeners.values().forEach(set -> set.forEach(l -> l.emitter().complete()));
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
