package vn.daihoi.elections.paper;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.Permission;
import vn.daihoi.elections.internal.SessionDates;
import vn.daihoi.elections.secretary.SecretaryIntroductions;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * The papers of the secretary's introduction ballot: the paper of a round to print and seal, and the minutes
 * of a counted round (PDF). The ballot itself is {@link SecretaryIntroductions}.
 */
@Service
public class SecretaryPapers {

    private final SecretaryIntroductions introductions;
    private final SessionDates sessions;
    private final Clock clock;

    SecretaryPapers(SecretaryIntroductions introductions, SessionDates sessions, Clock clock) {
        this.introductions = introductions;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The introduction paper of a round (the last one when {@code roundNo} is null), to print and seal. */
    @Transactional(readOnly = true)
    public byte[] paperPdf(long caseId, Integer roundNo) {
        SecretaryIntroductions.Printed p = introductions.printed(caseId, roundNo, Permission.CONGRESS_DAY_RUN);
        return IntroductionPaper.paper(p.congress().orgName(), p.round());
    }

    /** The minutes of a counted introduction round (the last one when {@code roundNo} is null), as PDF. */
    @Transactional(readOnly = true)
    public byte[] minutesPdf(long caseId, Integer roundNo) {
        SecretaryIntroductions.Printed p = introductions.printed(caseId, roundNo, Permission.CONGRESS_VIEW);
        if ("OPEN".equals(p.round().state())) {
            throw DomainException.notFound(
                    "elections.secretary.error.notCounted", p.round().round());
        }
        // the day the round was counted, kept within the congress's days: not the day of printing
        Instant counted = introductions.countedAt(p.round().id()).orElseGet(clock::instant);
        String date = Dates.format(sessions.of(caseId, counted).date());
        return vn.daihoi.platform.paper.PartyPaperPdf.render(
                IntroductionPaper.minutes(p.congress().orgName(), p.congress().term(), date, p.round()));
    }
}
