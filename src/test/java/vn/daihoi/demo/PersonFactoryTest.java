package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.daihoi.demo.internal.IdNumbers;
import vn.daihoi.demo.internal.Person;
import vn.daihoi.demo.internal.PersonFactory;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Sex;

/** The member generator: deterministic, plausible, with valid and unique identity numbers. */
class PersonFactoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static List<Person> people(long seed, int n) {
        PersonFactory f = new PersonFactory(PersonFactory.EthnicMix.SAMPLE, IdNumbers.sample(), TODAY);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.next(rng, 17));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameMembers() {
        assertThat(people(1, 200).stream().map(Person::nationalId).toList())
                .isEqualTo(people(1, 200).stream().map(Person::nationalId).toList());
        assertThat(people(1, 50).stream().map(Person::fullName).toList())
                .isEqualTo(people(1, 50).stream().map(Person::fullName).toList())
                .isNotEqualTo(people(2, 50).stream().map(Person::fullName).toList());
    }

    @Test
    void identityNumbersEncodeProvinceSexAndCenturyAndAreUnique() {
        List<Person> all = people(3, 30_000);
        Set<String> seen = new HashSet<>();
        for (Person p : all) {
            String id = p.nationalId();
            assertThat(id).matches("017[0-3]\\d{8}");
            int sexCentury = id.charAt(3) - '0';
            assertThat(sexCentury % 2 == 0).isEqualTo(p.sex() == Sex.MALE);
            assertThat(sexCentury >= 2).isEqualTo(p.birthDate().getYear() >= 2000);
            assertThat(id.substring(4, 6))
                    .isEqualTo("%02d".formatted(p.birthDate().getYear() % 100));
            assertThat(seen.add(id)).as(id).isTrue();
        }
    }

    @Test
    void datesFollowTheCharter() {
        for (Person p : people(4, 5_000)) {
            int age = Period.between(p.birthDate(), TODAY).getYears();
            assertThat(age).isBetween(18, 90);
            int ageAtAdmission =
                    Period.between(p.birthDate(), p.admissionDate()).getYears();
            assertThat(ageAtAdmission).isBetween(18, 60);
            if (p.status() == MemberStatus.OFFICIAL) {
                assertThat(p.officialDate()).isEqualTo(p.admissionDate().plusMonths(12));
                assertThat(p.officialDate()).isBeforeOrEqualTo(TODAY);
                assertThat(p.partyCardNo()).matches("17\\d{6}");
            } else {
                assertThat(p.admissionDate()).isAfter(TODAY.minusYears(1));
                assertThat(p.officialDate()).isNull();
                assertThat(p.partyCardNo()).isNull();
            }
        }
    }

    @Test
    void namesAreNfcWithKeysFromTheNamesModule() {
        for (Person p : people(5, 3_000)) {
            assertThat(p.fullName()).isEqualTo(PersonName.clean(p.fullName()));
            assertThat(p.searchText()).isEqualTo(VietnameseNames.searchKey(p.fullName()));
            PersonName parts = new PersonName(p.family(), p.middle(), p.given());
            assertThat(p.sortKey()).isEqualTo(VietnameseNames.sortKey(parts, p.manualSortKey()));
            if (p.manualSortKey() != null) {
                assertThat(p.ethnicity()).isEqualTo("Ê Đê");
                assertThat(p.fullName()).contains(p.family()).doesNotStartWith(p.family());
            } else {
                assertThat(p.fullName()).isEqualTo(parts.full());
            }
        }
    }

    @Test
    void serialsRunOutLoudlyRatherThanRepeat() {
        IdNumbers ids = IdNumbers.sample();
        LocalDate born = LocalDate.of(1980, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            ids.nationalId(17, true, born);
        }
        assertThatThrownBy(() -> ids.nationalId(17, true, born)).isInstanceOf(IllegalStateException.class);
    }
}
