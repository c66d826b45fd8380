package vn.daihoi.archive;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.archive.VerificationReport.Finding;
import vn.daihoi.archive.VerificationReport.Problem;
import vn.daihoi.archive.internal.SafeZip;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.files.ZipLimits;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Checks an archive brought back (after a restore, or from a cabinet): every file listed in its index is in
 * the ZIP with the same size and SHA-256, nothing else is, and the database still keeps the same checksum for
 * each file. The ZIP is streamed under limits (see {@link SafeZip}), only its index is held in memory; nothing
 * of it is stored.
 */
@Service
public class ArchiveVerification {

    /** The largest file an archive may hold: uploads are capped at 20 MB, rendered documents are small. */
    static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;

    /**
     * What a whole archive may unpack to. An archive is mostly PDFs, which do not compress: it unpacks to about
     * its own size, and the largest one accepted is 200 MB; twice that leaves a margin and stops a bomb after
     * a second or two of inflating, with nothing but the index held in memory.
     */
    public static final long MAX_UNPACKED_BYTES = 400L * 1024 * 1024;

    static final ZipLimits LIMITS = new ZipLimits(SafeZip.MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES);

    private final CongressCases cases;
    private final FileStore files;
    private final DocumentRegister register;
    private final AccessControl access;

    ArchiveVerification(CongressCases cases, FileStore files, DocumentRegister register, AccessControl access) {
        this.cases = cases;
        this.files = files;
        this.register = register;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public VerificationReport verify(byte[] zip) {
        return verify(new ByteArrayInputStream(zip == null ? new byte[0] : zip));
    }

    /**
     * Verifies a ZIP read as a stream: each entry is hashed as it is inflated, under {@link #LIMITS}; only the
     * index is kept in memory.
     */
    @Transactional(readOnly = true)
    public VerificationReport verify(InputStream zip) {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        List<SafeZip.Entry> entries = SafeZip.read(zip, LIMITS, Set.of(ArchiveIndex.ENTRY_NAME));
        List<Finding> findings = new ArrayList<>();
        Map<String, SafeZip.Entry> byName = new HashMap<>();
        for (SafeZip.Entry e : entries) {
            if (e.unsafe() || byName.putIfAbsent(e.name(), e) != null) {
                findings.add(new Finding(Problem.UNSAFE_NAME, e.name(), null));
            }
        }
        SafeZip.Entry indexEntry = byName.get(ArchiveIndex.ENTRY_NAME);
        ArchiveIndex index = index(indexEntry == null ? null : indexEntry.bytes());
        // The case named by the index must be one the user may see: nothing is compared otherwise.
        CongressCase c = cases.view(index.congressCaseId());
        Set<String> listed = new HashSet<>(Set.of(ArchiveIndex.ENTRY_NAME, ArchiveIndex.PDF_NAME));
        for (ArchiveIndex.Entry e : index.entries()) {
            listed.add(e.path());
            SafeZip.Entry found = byName.get(e.path());
            if (found == null) {
                findings.add(new Finding(Problem.MISSING, e.path(), e.title()));
            } else if (found.size() != e.size() || !found.sha256().equals(e.sha256())) {
                findings.add(new Finding(Problem.ALTERED, e.path(), e.title()));
            }
            databaseCheck(e).ifPresent(p -> findings.add(new Finding(p, e.path(), e.title())));
        }
        if (!byName.containsKey(ArchiveIndex.PDF_NAME)) {
            findings.add(new Finding(Problem.MISSING, ArchiveIndex.PDF_NAME, null));
        }
        for (SafeZip.Entry e : entries) {
            if (!listed.contains(e.name()) && !e.unsafe()) {
                findings.add(new Finding(Problem.EXTRA, e.name(), null));
            }
        }
        return new VerificationReport(
                c.id(), c.orgName(), c.term(), index.entries().size(), List.copyOf(findings));
    }

    private static ArchiveIndex index(byte[] json) {
        if (json == null) {
            throw new DomainException("archive.error.noIndex");
        }
        try {
            ArchiveIndex index = CongressArchive.JSON.readValue(json, ArchiveIndex.class);
            if (index.format() != ArchiveIndex.FORMAT || index.entries() == null) {
                throw new DomainException("archive.error.badIndex");
            }
            return index;
        } catch (JacksonException e) {
            throw new DomainException("archive.error.badIndex");
        }
    }

    /** What the database says of the file the entry came from: nothing when it agrees. */
    private Optional<Problem> databaseCheck(ArchiveIndex.Entry e) {
        if (e.source() == null) {
            return Optional.of(Problem.NOT_IN_DATABASE);
        }
        return switch (e.source()) {
            case STORED_FILE -> {
                Optional<StoredFile> f = files.find(e.sourceId());
                // A file of a unit the user may not see is, for this user, not there.
                if (f.isEmpty() || !access.can(Permission.CONGRESS_VIEW, f.get().orgId())) {
                    yield Optional.of(Problem.NOT_IN_DATABASE);
                }
                yield f.get().sha256().equals(e.sha256())
                        ? Optional.empty()
                        : Optional.of(Problem.DIFFERS_FROM_DATABASE);
            }
            case DOCUMENT_FILE -> {
                Optional<DocumentDetail> d = document(e.sourceId());
                if (d.isEmpty()) {
                    yield Optional.of(Problem.NOT_IN_DATABASE);
                }
                DocumentDetail.StoredFileInfo file = d.get().file();
                yield file != null && file.sha256().equals(e.sha256())
                        ? Optional.empty()
                        : Optional.of(Problem.DIFFERS_FROM_DATABASE);
            }
            // A printed document is drawn again on each export: only its existence can be compared.
            case DOCUMENT_RENDERED ->
                document(e.sourceId()).isPresent() ? Optional.empty() : Optional.of(Problem.NOT_IN_DATABASE);
        };
    }

    private Optional<DocumentDetail> document(long id) {
        try {
            return Optional.of(register.find(id));
        } catch (DomainException notFound) {
            return Optional.empty();
        }
    }
}
