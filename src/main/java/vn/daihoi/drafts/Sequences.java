package vn.daihoi.drafts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Longest common subsequence over two sequences, the one alignment used by anchors and diffs. */
final class Sequences {

    interface Equal {
        boolean test(int i, int j);
    }

    private Sequences() {}

    /** {@code t[i][j]} is the LCS length of the suffixes from {@code i} and {@code j}. */
    static int[][] lcsTable(int n, int m, Equal equal) {
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = equal.test(i, j) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }

    /** The matched pairs {@code {i, j}} of one longest common subsequence, in order. */
    static List<int[]> matches(int[][] t, int n, int m, Equal equal) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (equal.test(i, j)) {
                out.add(new int[] {i, j});
                i++;
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    /** Dice coefficient of the words' LCS: 1 for equal texts, 0 for nothing in common. */
    static double similarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int common = lcsTable(x.size(), y.size(), (i, j) -> x.get(i).equals(y.get(j)))[0][0];
        return 2.0 * common / (x.size() + y.size());
    }
}
