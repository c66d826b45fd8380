package vn.daihoi.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Sex;

/**
 * Generates plausible party members: names by real frequency and generation, ages 18–90, admission at
 * 18–60, official 12 months after admission (about 5% still probationary, admitted within the last
 * year), a few members in every situation, ethnicity by the given mix. Deterministic for a seeded
 * generator and a fixed {@code today}.
 */
public final class PersonFactory {

    /** Share of each ethnicity in per mille; "Kinh" uses the national name lists. */
    public record EthnicMix(List<String> ethnicities, int[] perMille) {
        public static final EthnicMix SAMPLE = new EthnicMix(
                List.of("Kinh", "Mường", "Thái", "Tày", "Dao", "H'Mông", "Ê Đê"),
                new int[] {720, 180, 40, 30, 15, 10, 5});
        public static final EthnicMix NATIONAL = new EthnicMix(
                List.of("Kinh", "Mường", "Thái", "Tày", "Dao", "H'Mông", "Ê Đê"),
                new int[] {880, 30, 30, 30, 10, 10, 10});
    }

    private final NamePool names = NamePool.get();
    private final NamePool.Weighted<String> ethnicities;
    private final IdNumbers ids;
    private final LocalDate today;

    public PersonFactory(EthnicMix mix, IdNumbers ids, LocalDate today) {
        this.ethnicities = new NamePool.Weighted<>(mix.ethnicities(), mix.perMille());
        this.ids = ids;
        this.today = today;
    }

    public Person next(RandomGenerator rng, int provinceCode) {
        boolean male = rng.nextInt(100) >= 38; // about 38% of members are women
        boolean probationary = rng.nextInt(100) < 5;
        int age = probationary ? 19 + rng.nextInt(27) : age(rng);
        LocalDate birth = today.minusYears(age).minusDays(1 + rng.nextInt(364));
        String ethnicity = ethnicities.pick(rng);
        Named n = name(rng, ethnicity, male, birth.getYear());

        LocalDate admission;
        LocalDate official;
        if (probationary) {
            admission = today.minusDays(1 + rng.nextInt(360));
            official = null;
        } else {
            LocalDate latest = min(birth.plusYears(60), today.minusMonths(13));
            LocalDate earliest = birth.plusYears(18);
            long span = Math.max(1, latest.toEpochDay() - earliest.toEpochDay());
            double skew = rng.nextDouble();
            admission = earliest.plusDays((long) (skew * skew * span)); // most join young
            official = admission.plusMonths(12);
        }
        PersonName name = new PersonName(n.family, n.middle, n.given);
        String full = n.fullName != null ? PersonName.clean(n.fullName) : name.full();
        return new Person(
                name.family(),
                name.middle(),
                name.given(),
                full,
                n.manualKey,
                VietnameseNames.sortKey(name, n.manualKey),
                VietnameseNames.searchKey(full),
                male ? Sex.MALE : Sex.FEMALE,
                birth,
                ethnicity,
                religion(rng, ethnicity),
                ids.nationalId(provinceCode, male, birth),
                rng.nextInt(10) < 7 ? "09%08d".formatted(rng.nextInt(100_000_000)) : null,
                probationary ? null : ids.nextCard(),
                admission,
                official,
                probationary ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL,
                situation(rng, age, probationary));
    }

    private record Named(String family, String middle, String given, String fullName, String manualKey) {}

    private Named name(RandomGenerator rng, String ethnicity, boolean male, int birthYear) {
        if (ethnicity.equals("Ê Đê")) {
            NamePool.ManualName m;
            do {
                m = NamePool.pick(names.manualNames, rng);
            } while (m.male() != male);
            // Family name last: the parts are stored family-first as the manual key spells them.
            PersonName byKey = PersonName.parse(m.manualSortKey());
            return new Named(byKey.family(), byKey.middle(), byKey.given(), m.fullName(), m.manualSortKey());
        }
        NamePool.EthnicNaming naming = names.naming(ethnicity);
        if (naming != null) {
            return new Named(
                    NamePool.pick(naming.families(), rng),
                    NamePool.pick(male ? naming.maleMiddles() : naming.femaleMiddles(), rng),
                    NamePool.pick(male ? naming.maleGivens() : naming.femaleGivens(), rng),
                    null,
                    null);
        }
        String middle = (male ? names.maleMiddles : names.femaleMiddles).pick(rng);
        if (birthYear >= 1985 && (middle.equals("Văn") || middle.equals("Thị")) && rng.nextInt(100) < 55) {
            middle = (male ? names.maleMiddles : names.femaleMiddles).pick(rng); // younger: fewer Văn/Thị
        }
        String given = NamePool.pick(male ? names.maleGivens : names.femaleGivens, rng);
        if (middle.endsWith(given)) {
            given = NamePool.pick(male ? names.maleGivens : names.femaleGivens, rng);
        }
        return new Named(names.families.pick(rng), middle, given, null, null);
    }

    private static int age(RandomGenerator rng) {
        int r = rng.nextInt(100);
        if (r < 10) {
            return 20 + rng.nextInt(10);
        } else if (r < 40) {
            return 30 + rng.nextInt(15);
        } else if (r < 70) {
            return 45 + rng.nextInt(15);
        } else if (r < 90) {
            return 60 + rng.nextInt(15);
        }
        return 75 + rng.nextInt(15);
    }

    private static String religion(RandomGenerator rng, String ethnicity) {
        int r = rng.nextInt(1000);
        if (ethnicity.equals("Ê Đê") && r < 300) {
            return "Tin Lành";
        }
        if (r < 50) {
            return "Phật giáo";
        } else if (r < 75) {
            return "Công giáo";
        }
        return null;
    }

    private static MemberSituation situation(RandomGenerator rng, int age, boolean probationary) {
        int r = rng.nextInt(1000);
        if (probationary) {
            return r < 10 ? MemberSituation.TEMPORARY_TRANSFER_IN : MemberSituation.ACTIVE;
        }
        if (age >= 70 && r < 300) {
            return MemberSituation.EXEMPT; // elderly members are often exempted from cell activities
        }
        if (age >= 65 && r >= 980) {
            return MemberSituation.DECEASED;
        }
        if (r < 12) {
            return MemberSituation.TEMPORARY_TRANSFER_OUT;
        } else if (r < 24) {
            return MemberSituation.TEMPORARY_TRANSFER_IN;
        } else if (r < 28) {
            return MemberSituation.SUSPENDED;
        } else if (r < 30) {
            return MemberSituation.PROSECUTED;
        } else if (r < 34) {
            return MemberSituation.REMOVED;
        } else if (r < 44) {
            return MemberSituation.EXEMPT;
        }
        return MemberSituation.ACTIVE;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
