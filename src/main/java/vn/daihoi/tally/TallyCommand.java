package vn.daihoi.tally;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Status;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.platform.Dates;

/**
 * {@code daihoi tally} and {@code daihoi sort-names}. Called from {@code Main} before any Spring class
 * loads: this class and everything it touches must stay free of Spring.
 */
public final class TallyCommand {

    /** Records are small (1,600 ballots of 200 names is about 1 MB); refuse anything absurd before parsing. */
    public static final long MAX_RECORD_BYTES = 50L * 1024 * 1024;

    private TallyCommand() {}

    /** {@code tally [--minutes-pdf FILE] RECORD.json}: 0 for a result, 2 for a refused record, 1 for a usage error. */
    public static int tally(List<String> args, PrintStream out, PrintStream err) {
        Path pdf = null;
        List<String> rest = args;
        if (!args.isEmpty() && args.getFirst().equals("--minutes-pdf")) {
            if (args.size() < 2) {
                err.println("--minutes-pdf cần tên tệp PDF, ví dụ --minutes-pdf bien-ban.pdf");
                return usage(err);
            }
            pdf = Path.of(args.get(1));
            rest = args.subList(2, args.size());
        }
        if (rest.size() != 1 || rest.getFirst().startsWith("-")) {
            if (!rest.isEmpty() && rest.getFirst().startsWith("-")) {
                err.println("Tùy chọn không hợp lệ: " + rest.getFirst());
            }
            return usage(err);
        }
        return tally(Path.of(rest.getFirst()), pdf, out, err);
    }

    private static int usage(PrintStream err) {
        err.println("Cách dùng: daihoi tally [--minutes-pdf BIEN-BAN.pdf] RECORD.json");
        return 1;
    }

    private static int tally(Path file, Path pdf, PrintStream out, PrintStream err) {
        String json;
        try {
            if (!Files.isRegularFile(file)) {
                err.println("Không tìm thấy tệp bản ghi: " + file);
                return 1;
            }
            long size = Files.size(file);
            if (size > MAX_RECORD_BYTES) {
                return print(
                        ResultJson.badRecord("Tệp " + file.getFileName() + " quá lớn (" + size / (1024 * 1024)
                                + " MB, tối đa " + MAX_RECORD_BYTES / (1024 * 1024) + " MB): không đọc."),
                        out);
            }
            json = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return print(ResultJson.badRecord("Tệp " + file.getFileName() + " không phải văn bản UTF-8."), out);
        } catch (IOException e) {
            err.println("Không đọc được tệp " + file + ": " + e.getMessage());
            return 1;
        }
        CountResult result;
        ElectionRecord record = null;
        MinutesInfo minutes = MinutesInfo.EMPTY;
        try {
            record = RecordJson.read(json);
            if (pdf != null) {
                minutes = RecordJson.readMinutes(json);
            }
            result = Counting.count(record);
        } catch (RecordJson.BadRecord e) {
            result = ResultJson.badRecord(e.getMessage());
        }
        if (pdf != null && result instanceof CountResult.Counted counted) {
            try (OutputStream stream = Files.newOutputStream(pdf)) {
                MinutesPdf.write(record, counted, minutes, stream);
            } catch (IOException e) {
                err.println("Không ghi được biên bản " + pdf + ": " + e.getMessage());
                print(result, out);
                return 1;
            }
        } else if (pdf != null) {
            err.println("Bản ghi bị từ chối: không lập biên bản kiểm phiếu.");
        }
        return print(result, out);
    }

    private static int print(CountResult result, PrintStream out) {
        out.println(ResultJson.write(result));
        out.flush();
        return result.status() == Status.ERROR ? 2 : 0;
    }

    /**
     * {@code sort-names}: one full name per line in, the same names in ballot order out. A line may add a
     * birth date after a tab ({@code Nguyễn Văn An<TAB>dd/MM/yyyy}): identical names go earlier-born first
     * and keep the date beside them.
     */
    public static int sortNames(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("Cách dùng: daihoi sort-names < names.txt   (mỗi dòng một họ tên, UTF-8)");
            return 1;
        }
        record Line(PersonName name, LocalDate born, String text) {}
        List<Line> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String[] parts = raw.split("\t", 2);
                String name = PersonName.clean(parts[0]);
                if (name.isEmpty()) {
                    continue;
                }
                LocalDate born = null;
                if (parts.length == 2 && !parts[1].isBlank()) {
                    try {
                        born = LocalDate.parse(parts[1].strip(), Dates.VN);
                    } catch (DateTimeParseException e) {
                        err.println("Dòng " + number + ": ngày sinh \"" + parts[1].strip()
                                + "\" không hợp lệ (cần dd/MM/yyyy).");
                        return 1;
                    }
                }
                lines.add(new Line(
                        PersonName.parse(name), born, born == null ? name : name + "\t" + Dates.VN.format(born)));
            }
        } catch (CharacterCodingException e) {
            err.println("Dữ liệu vào không phải văn bản UTF-8.");
            return 1;
        } catch (IOException e) {
            err.println("Không đọc được dữ liệu vào: " + e.getMessage());
            return 1;
        }
        lines.sort(Comparator.comparing(Line::name, VietnameseNames.BALLOT_ORDER)
                .thenComparing(Line::born, Comparator.nullsLast(Comparator.naturalOrder())));
        lines.forEach(l -> out.println(l.text()));
        out.flush();
        return 0;
    }
}
