package vn.daihoi.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ZIP bombs built in the test, streaming: only the compressed result is ever held (about a megabyte per
 * gigabyte of zeros), never what it unpacks to.
 */
public final class Bombs {

    public static final long MB = 1024L * 1024;

    private Bombs() {}

    /** One entry of {@code megabytes} zeros, deflated. */
    public static byte[] zeros(String name, long megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[(int) MB];
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            for (long i = 0; i < megabytes; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** {@code count} entries of one byte each. */
    public static byte[] manyTinyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                z.putNextEntry(new ZipEntry("files/4-office/" + i + ".pdf"));
                z.write('x');
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * Entries of random bytes (which do not compress) between entries of zeros (which compress a
     * thousandfold): each entry under a per-entry limit of 25 MB, together {@code zeroEntries} × 20 MB.
     */
    public static byte[] randomAndZeros(int zeroEntries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(13);
        byte[] zeros = new byte[(int) MB];
        byte[] noise = new byte[(int) MB];
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < zeroEntries; i++) {
                z.putNextEntry(new ZipEntry("files/4-office/%03d-ngau-nhien.pdf".formatted(i)));
                random.nextBytes(noise);
                z.write(noise);
                z.closeEntry();
                z.putNextEntry(new ZipEntry("files/4-office/%03d-so-khong.pdf".formatted(i)));
                for (int m = 0; m < 20; m++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A ZIP whose first entry is fine and whose second is cut off in the middle of its data. */
    public static byte[] truncated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(5);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("index.json"));
            z.write("{}".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("files/4-office/001-cat-cut.pdf"));
            z.write(noise);
            z.closeEntry();
        }
        byte[] whole = out.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** The XLSX bomb: what a measured compression, with the sheet replaced. */
    public record Xlsx(byte[] bytes, long sheetBytes, long sheetCompressed) {
        public double ratio() {
            return (double) sheetCompressed / sheetBytes;
        }
    }

    /**
     * A valid XLSX ({@code template}'s parts) whose first sheet is {@code sheetMegabytes} of member-like rows,
     * each with one random letter so the sheet deflates at just above 1 % (POI's default minimum inflate ratio
     * lets it through). The sheet is written row by row into the deflater, never held.
     */
    public static Xlsx xlsx(byte[] template, long sheetMegabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(3);
        long sheetBytes = 0;
        long before;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(z);
                    z.closeEntry();
                }
            }
            z.flush();
            before = out.size();
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData>")
                    .getBytes(StandardCharsets.UTF_8);
            z.write(head);
            sheetBytes += head.length;
            String[] prefix = {
                "<row><c t=\"inlineStr\"><is><t>Nguyễn</t></is></c><c t=\"inlineStr\"><is><t>Văn</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>",
                "</t></is></c><c t=\"inlineStr\"><is><t>C-X</t></is></c><c><v>1</v></c><c><v>2</v></c></row>"
            };
            byte[] a = prefix[0].getBytes(StandardCharsets.UTF_8);
            byte[] b = prefix[1].getBytes(StandardCharsets.UTF_8);
            long limit = sheetMegabytes * MB;
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
            while (sheetBytes < limit) {
                chunk.reset();
                while (chunk.size() < (1 << 20) - 256) {
                    chunk.write(a);
                    chunk.write('a' + random.nextInt(26));
                    chunk.write(b);
                }
                chunk.writeTo(z);
                sheetBytes += chunk.size();
            }
            byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
            z.write(tail);
            sheetBytes += tail.length;
            z.closeEntry();
            z.flush();
        }
        byte[] bytes = out.toByteArray();
        return new Xlsx(bytes, sheetBytes, out.size() - before);
    }
}
