package vn.daihoi.files;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.platform.DomainException;

/**
 * Uploaded files, checked by content and kept in PostgreSQL ({@code stored_file}). {@link #store} joins the
 * caller's transaction (it must have one): the file and the row that refers to it commit or vanish together,
 * so a failed upload leaves nothing behind. Access control is the caller's: check the permission on the
 * owning node before {@link #content}.
 */
@Service
public class FileStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UploadCheck check;

    FileStore(
            JdbcClient jdbc,
            Clock clock,
            @Value("${daihoi.files.max-upload-bytes:" + UploadCheck.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.check = new UploadCheck(maxBytes);
    }

    /** The largest accepted upload, in bytes. */
    public long maxBytes() {
        return check.maxBytes();
    }

    /**
     * Checks the bytes (PDF, DOCX, XLSX, ODT, ODS, JPEG, PNG by content; not empty; not over the limit) and
     * stores them for the node {@code orgId}. A refused file is a {@link DomainException} naming the file.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(String filename, byte[] bytes, long orgId, String username) {
        UploadCheck.CheckedFile file = check.check(filename, bytes);
        // PostgreSQL keeps microseconds: the description returned is the one read back later
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        long id = jdbc.sql("""
                insert into stored_file (filename, content_type, size, sha256, bytes, org_id, stored_at, stored_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        clip(file.filename()),
                        file.contentType(),
                        file.size(),
                        file.sha256(),
                        file.bytes(),
                        orgId,
                        now,
                        username)
                .query(Long.class)
                .single();
        return new StoredFile(
                id,
                clip(file.filename()),
                file.contentType(),
                file.size(),
                file.sha256(),
                orgId,
                now.toInstant(),
                username);
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("""
                select id, filename, content_type, size, sha256, org_id, stored_at, stored_by
                from stored_file where id = ?""")
                .param(id)
                .query((rs, i) -> new StoredFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .optional();
    }

    /** The bytes, checked against the stored SHA-256 (a mismatch is refused, never served). */
    public byte[] content(long id) {
        StoredFile info = find(id).orElseThrow(() -> DomainException.notFound("files.error.notFound", id));
        byte[] bytes = jdbc.sql("select bytes from stored_file where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        if (!UploadCheck.sha256(bytes).equals(info.sha256())) {
            throw new DomainException("files.error.checksum", info.filename());
        }
        return bytes;
    }

    /** At most 255 characters, keeping the extension the type was given (it is what a download is opened by). */
    private static String clip(String filename) {
        if (filename.length() <= 255) {
            return filename;
        }
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 || filename.length() - dot > 10 ? "" : filename.substring(dot);
        return filename.substring(0, 255 - extension.length()) + extension;
    }
}
