package vn.daihoi.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ballot order of names (elections.md §3) and the byte key that lets SQL sort the same way. */
class VietnameseNamesTest {

    private static List<String> sorted(String... fullNames) {
        return Arrays.stream(fullNames)
                .map(PersonName::parse)
                .sorted(VietnameseNames.BALLOT_ORDER)
                .map(PersonName::full)
                .toList();
    }

    @Test
    void givenNameComesFirstThenFamilyThenMiddle() {
        assertThat(sorted("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Lê Thị An"))
                .containsExactly("Lê Thị An", "Lê Văn An", "Nguyễn Thị An", "Trần Văn Bình");
    }

    @Test
    void lettersFollowTheVietnameseAlphabet() {
        // a ă â b c d đ e ê … o ô ơ … u ư
        assertThat(sorted("Lê Văn Âu", "Lê Văn Ăn", "Lê Văn An"))
                .containsExactly("Lê Văn An", "Lê Văn Ăn", "Lê Văn Âu");
        assertThat(sorted("Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Cường"))
                .containsExactly("Lê Văn Cường", "Lê Văn Dũng", "Lê Văn Đức");
        assertThat(sorted("Lê Văn Ơn", "Lê Văn Ôn", "Lê Văn On"))
                .containsExactly("Lê Văn On", "Lê Văn Ôn", "Lê Văn Ơn");
        assertThat(sorted("Lê Văn Ưng", "Lê Văn Uy")).containsExactly("Lê Văn Uy", "Lê Văn Ưng");
    }

    @Test
    void tonesAreASecondaryKeyNoneHuyenHoiNgaSacNang() {
        assertThat(sorted("Lê Văn Mạ", "Lê Văn Má", "Lê Văn Mã", "Lê Văn Mả", "Lê Văn Mà", "Lê Văn Ma"))
                .containsExactly("Lê Văn Ma", "Lê Văn Mà", "Lê Văn Mả", "Lê Văn Mã", "Lê Văn Má", "Lê Văn Mạ");
        // a letter difference outweighs a tone difference earlier in the word
        assertThat(sorted("Lê Văn Bác", "Lê Văn Bad")).containsExactly("Lê Văn Bác", "Lê Văn Bad");
    }

    @Test
    void partsAreComparedSeparatelyNotAsOneString() {
        // joined, "Lê Anh" < "Lê Văn"; by parts the given names decide first (An < Ba).
        assertThat(sorted("Lê Anh Ba", "Lê Văn An")).containsExactly("Lê Văn An", "Lê Anh Ba");
        // same given name: family "Hà" before "Hàn", although "Hà Nam" > "Hàn" as a joined string.
        assertThat(sorted("Hàn Văn Ân", "Hà Văn Ân")).containsExactly("Hà Văn Ân", "Hàn Văn Ân");
    }

    @Test
    void aManualKeyOverridesThePartsOfTheName() {
        PersonName ethnic = new PersonName("Y", "Moan", "Êban");
        byte[] manual = VietnameseNames.sortKey(ethnic, "Êban Y Moan");
        byte[] plainMoan = VietnameseNames.sortKey(PersonName.parse("Nguyễn Văn Moan"));
        // ordered as given name "Moan", so with the other Moans
        assertThat(Arrays.compareUnsigned(manual, plainMoan)).isNotZero();
        assertThat(Arrays.compareUnsigned(manual, VietnameseNames.sortKey(PersonName.parse("Lê Văn Nam"))))
                .isNegative();
        assertThat(Arrays.compareUnsigned(manual, VietnameseNames.sortKey(PersonName.parse("Lê Văn Lan"))))
                .isPositive();
    }

    @Test
    void searchKeyDropsAccentsAndCase() {
        assertThat(VietnameseNames.searchKey("Nguyễn Văn Ân")).isEqualTo("nguyen van an");
        assertThat(VietnameseNames.searchKey("ĐẶNG  Thị Đào")).isEqualTo("dang thi dao");
    }

    private static final String[] SYLLABLES = {
        "a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "ẵ", "â", "ấ", "ầ", "b", "c", "ch", "d", "đ", "e", "ê", "ế", "g",
        "gi", "h", "i", "í", "k", "kh", "l", "m", "n", "ng", "nh", "o", "ô", "ơ", "ớ", "ợ", "p", "ph", "q", "r", "s",
        "t", "th", "tr", "u", "ư", "ứ", "ữ", "v", "x", "y", "ỳ"
    };

    private static String word(Random r) {
        int n = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        String w = sb.toString();
        return r.nextInt(4) == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @Test
    void sortKeyBytesOrderEqualsBallotOrderForManyRandomNames() {
        Random random = new Random(20261122);
        List<PersonName> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String middle =
                    random.nextInt(5) == 0 ? "" : word(random) + (random.nextBoolean() ? " " + word(random) : "");
            names.add(new PersonName(word(random), middle, word(random)));
        }
        // a few exact repeats and names differing only in tone or part boundaries
        names.add(new PersonName("Lê", "Văn", "An"));
        names.add(new PersonName("Lê", "Văn", "An"));
        names.add(new PersonName("Lê Văn", "", "An"));
        names.add(new PersonName("Lê", "", "Văn An"));

        for (int i = 0; i < names.size(); i++) {
            PersonName a = names.get(i);
            PersonName b = names.get(random.nextInt(names.size()));
            int byOrder = Integer.signum(VietnameseNames.BALLOT_ORDER.compare(a, b));
            int byKey = Integer.signum(Arrays.compareUnsigned(VietnameseNames.sortKey(a), VietnameseNames.sortKey(b)));
            assertThat(byKey).as("%s vs %s", a.full(), b.full()).isEqualTo(byOrder);
        }
        List<PersonName> byOrder =
                names.stream().sorted(VietnameseNames.BALLOT_ORDER).toList();
        List<PersonName> byKey = names.stream()
                .sorted(Comparator.comparing(VietnameseNames::sortKey, Arrays::compareUnsigned))
                .toList();
        for (int i = 0; i < byOrder.size(); i++) {
            assertThat(VietnameseNames.BALLOT_ORDER.compare(byOrder.get(i), byKey.get(i)))
                    .as("position %d", i)
                    .isZero();
        }
    }
}
