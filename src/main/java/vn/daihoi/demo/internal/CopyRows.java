package vn.daihoi.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} (text format): rows are written as
 * they are generated, so a load of millions of rows never holds them in memory. Runs on the caller's
 * connection, hence inside the caller's transaction.
 */
public final class CopyRows implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();

    private final PGCopyOutputStream stream;
    private final Writer out;
    private boolean firstField = true;
    private long rows;

    public CopyRows(Connection connection, String table, String columns) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            this.stream = new PGCopyOutputStream(pg, "copy " + table + " (" + columns + ") from stdin", 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + table + " failed to start: " + e.getMessage(), e);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    public CopyRows text(String value) {
        separate();
        if (value == null) {
            write("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> write("\\\\");
                case '\t' -> write("\\t");
                case '\n' -> write("\\n");
                case '\r' -> write("\\r");
                default -> writeChar(c);
            }
        }
        return this;
    }

    public CopyRows number(long value) {
        separate();
        write(Long.toString(value));
        return this;
    }

    public CopyRows nullableNumber(Long value) {
        return value == null ? text(null) : number(value);
    }

    public CopyRows date(LocalDate value) {
        separate();
        write(value == null ? "\\N" : value.toString());
        return this;
    }

    public CopyRows bool(boolean value) {
        separate();
        write(value ? "t" : "f");
        return this;
    }

    public CopyRows bytes(byte[] value) {
        separate();
        write("\\\\x"); // bytea hex format, its backslash escaped for the text format
        write(HEX.formatHex(value));
        return this;
    }

    public void endRow() {
        writeChar('\n');
        firstField = true;
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Ends the COPY; the rows become visible when the surrounding transaction commits. */
    @Override
    public void close() {
        try {
            out.flush();
            stream.endCopy();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    private void separate() {
        if (!firstField) {
            writeChar('\t');
        }
        firstField = false;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeChar(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
