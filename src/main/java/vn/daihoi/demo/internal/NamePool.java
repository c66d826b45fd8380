package vn.daihoi.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The name lists under {@code demo/} on the class path: family names weighted by their real frequency,
 * middle and given names by sex, ethnic-minority naming patterns and Ê Đê names (family name last).
 */
public final class NamePool {

    /** How one ethnic minority names people: the family names, middle names and given names it uses. */
    record EthnicNaming(
            String ethnicity,
            List<String> families,
            List<String> maleMiddles,
            List<String> femaleMiddles,
            List<String> maleGivens,
            List<String> femaleGivens) {}

    /** A name written family last (Ê Đê), with the manual sort key that puts the family name first. */
    record ManualName(String fullName, String manualSortKey, boolean male) {}

    final Weighted<String> families;
    final Weighted<String> maleMiddles;
    final Weighted<String> femaleMiddles;
    final List<String> maleGivens;
    final List<String> femaleGivens;
    final List<EthnicNaming> ethnicNamings;
    final List<ManualName> manualNames;
    final List<String> villages;

    private NamePool() {
        families = weighted(lines("family-names.txt"));
        maleMiddles = weighted(lines("middle-male.txt"));
        femaleMiddles = weighted(lines("middle-female.txt"));
        maleGivens = lines("given-male.txt");
        femaleGivens = lines("given-female.txt");
        ethnicNamings = lines("ethnic-groups.txt").stream()
                .map(line -> line.split("\\|"))
                .map(p -> new EthnicNaming(p[0], list(p[1]), list(p[2]), list(p[3]), list(p[4]), list(p[5])))
                .toList();
        manualNames = lines("ede-names.txt").stream()
                .map(line -> line.split("\\|"))
                .map(p -> new ManualName(p[0], p[1], p[2].equals("MALE")))
                .toList();
        villages = lines("villages.txt");
    }

    private static final NamePool INSTANCE = new NamePool();

    public static NamePool get() {
        return INSTANCE;
    }

    public List<String> villages() {
        return villages;
    }

    EthnicNaming naming(String ethnicity) {
        return ethnicNamings.stream()
                .filter(n -> n.ethnicity().equals(ethnicity))
                .findFirst()
                .orElse(null);
    }

    static <T> T pick(List<T> list, RandomGenerator rng) {
        return list.get(rng.nextInt(list.size()));
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }

    private static Weighted<String> weighted(List<String> lines) {
        List<String> values = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            values.add(p[0]);
            weights.add(Integer.parseInt(p[1]));
        }
        return new Weighted<>(
                values, weights.stream().mapToInt(Integer::intValue).toArray());
    }

    static List<String> lines(String file) {
        try (InputStream in = NamePool.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource demo/" + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values drawn with probability proportional to their weight. */
    static final class Weighted<T> {
        private final List<T> values;
        private final int[] cumulative;

        Weighted(List<T> values, int[] weights) {
            this.values = List.copyOf(values);
            this.cumulative = new int[weights.length];
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        T pick(RandomGenerator rng) {
            int r = rng.nextInt(cumulative[cumulative.length - 1]);
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > r) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values.get(lo);
        }
    }
}
