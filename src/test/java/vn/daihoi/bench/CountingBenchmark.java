package vn.daihoi.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.daihoi.counting.AllStruckOut;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.ElectionRecord.Ballot;
import vn.daihoi.counting.Fraction;
import vn.daihoi.counting.Purpose;
import vn.daihoi.counting.Settings;
import vn.daihoi.tally.MinutesInfo;
import vn.daihoi.tally.MinutesPdf;
import vn.daihoi.tally.RecordJson;

/**
 * Issue 3 speed targets: counting 1,600 per-ballot records for 200 candidates (engine median ≤ 20 ms),
 * the minutes PDF (≤ 1 s), against the floor of a plain loop that only adds up the kept names; then
 * {@code daihoi tally} end to end on the built jar (≤ 1.5 s wall median, JVM start included).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" vn.daihoi.bench.CountingBenchmark [runs] [e2e]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CountingBenchmark {

    static final int BALLOTS = 1_600;
    static final int CANDIDATES = 200;
    static final int SEATS = 180;

    ElectionRecord record;
    CountResult.Counted result;
    String[][] kept;
    Map<String, Integer> index;

    /** 1,600 strike-out ballots, each keeping 150–180 of 200 names, a few ruled invalid. */
    static ElectionRecord record() {
        SplittableRandom random = new SplittableRandom(2026);
        List<ElectionRecord.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(new ElectionRecord.Candidate(String.format("c%03d", i), "Ứng cử viên số " + i));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int b = 0; b < BALLOTS; b++) {
            if (b % 97 == 0) {
                ballots.add(new Ballot.Invalid(vn.daihoi.counting.InvalidReason.UNREADABLE));
                continue;
            }
            int keep = 150 + random.nextInt(31);
            List<String> ids = new ArrayList<>(keep);
            // candidates with a lower number are kept more often, so the count has a shape
            for (int i = 0; i < CANDIDATES && ids.size() < keep; i++) {
                if (random.nextInt(CANDIDATES + 40) >= i / 2) {
                    ids.add(candidates.get(i).id());
                }
            }
            ballots.add(new Ballot.Kept(ids));
        }
        return new ElectionRecord(
                new ElectionRecord.Election(
                        "Bầu đại biểu đi dự Đại hội cấp trên",
                        Body.DELEGATE,
                        Purpose.ELECTION,
                        SEATS,
                        1,
                        false,
                        BallotForm.STRIKE_OUT),
                new ElectionRecord.Base(BaseKind.DELEGATE_CONGRESS, null, null, BALLOTS, BALLOTS),
                candidates,
                new ElectionRecord.Counts(BALLOTS, BALLOTS),
                ballots,
                null,
                new Settings(AllStruckOut.INVALID, true, new Fraction(2, 3)));
    }

    @Setup
    public void setUp() {
        record = record();
        result = (CountResult.Counted) Counting.count(record);
        index = new HashMap<>();
        record.candidates().forEach(c -> index.put(c.id(), index.size()));
        kept = record.ballots().stream()
                .map(b -> b instanceof Ballot.Kept k ? k.ids().toArray(String[]::new) : new String[0])
                .toArray(String[][]::new);
    }

    @Benchmark
    public CountResult engine() {
        return Counting.count(record);
    }

    /** The floor: add up the kept names, nothing else. */
    @Benchmark
    public int[] floorLoop() {
        int[] votes = new int[CANDIDATES];
        for (String[] ballot : kept) {
            for (String id : ballot) {
                votes[index.get(id)]++;
            }
        }
        return votes;
    }

    @Benchmark
    public void minutesPdf() throws IOException {
        MinutesPdf.write(record, result, MinutesInfo.EMPTY, OutputStream.nullOutputStream());
    }

    public static void main(String[] args) throws Exception {
        boolean onlyEndToEnd = args.length > 1 && args[1].equals("e2e");
        if (!onlyEndToEnd) {
            new Runner(new OptionsBuilder()
                            .include(CountingBenchmark.class.getSimpleName())
                            .build())
                    .run();
        }
        endToEnd(args.length > 0 ? Integer.parseInt(args[0]) : 11);
    }

    /** {@code java -jar target/daihoi.jar tally RECORD.json}, JVM start included: median wall time. */
    static void endToEnd(int runs) throws IOException, InterruptedException {
        Path jar = Path.of("target/daihoi.jar");
        if (!Files.exists(jar)) {
            System.out.println("target/daihoi.jar chưa có: chạy ./mvnw -B -q package -DskipTests trước.");
            return;
        }
        Path file = Path.of("target/bench-tally-1600x200.json");
        Files.writeString(file, toJson(record()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] variant : new String[][] {{}, {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"}}) {
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(Arrays.asList(variant));
                command.addAll(List.of("-jar", jar.toString(), "tally", file.toString()));
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("tally exited " + p.exitValue());
                }
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf(
                    "| daihoi tally end to end %s | %d runs | median %d ms | min %d ms | max %d ms |%n",
                    String.join(" ", variant), runs, ms[runs / 2], ms[0], ms[runs - 1]);
        }
    }

    /** The record in the contract's JSON (written by hand: the CLI reads JSON, the engine does not). */
    static String toJson(ElectionRecord r) {
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("{\"format\":\"")
                .append(RecordJson.FORMAT)
                .append("\",\"election\":{\"title\":\"")
                .append(r.election().title())
                .append("\",\"body\":\"DELEGATE\",\"seats\":")
                .append(SEATS)
                .append(",\"ballotForm\":\"STRIKE_OUT\"},\"base\":{\"kind\":\"DELEGATE_CONGRESS\",\"value\":")
                .append(BALLOTS)
                .append("},\"candidates\":[");
        for (int i = 0; i < r.candidates().size(); i++) {
            var c = r.candidates().get(i);
            sb.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(c.id())
                    .append("\",\"name\":\"")
                    .append(c.name())
                    .append("\"}");
        }
        sb.append("],\"counts\":{\"issued\":")
                .append(BALLOTS)
                .append(",\"collected\":")
                .append(BALLOTS)
                .append("},\"ballots\":[");
        for (int b = 0; b < r.ballots().size(); b++) {
            sb.append(b == 0 ? "" : ",");
            switch (r.ballots().get(b)) {
                case Ballot.Kept k ->
                    sb.append("{\"kept\":[\"")
                            .append(String.join("\",\"", k.ids()))
                            .append("\"]}");
                case Ballot.Invalid inv ->
                    sb.append("{\"invalid\":\"").append(inv.reason()).append("\"}");
                case Ballot.Marked m -> throw new IllegalStateException("strike-out only");
            }
        }
        return sb.append("]}").toString();
    }
}
