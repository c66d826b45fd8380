package vn.daihoi.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.daihoi.access.AccessControl;
import vn.daihoi.archive.internal.ArchivePaths;
import vn.daihoi.archive.internal.IndexPdf;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentRendering;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Builds the archive of a congress: the files every {@link CongressFiles} bean lists (drafts, personnel,
 * budget, dossier, results), the documents registered in the congress's own sequence and the confirming
 * decision, each read back through its checksum, in one ZIP with {@code index.json} and {@code index.pdf}.
 * A user who may see the case but not one of its documents gets no archive rather than a partial one.
 */
@Service
public class CongressArchive {

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A ready archive: its file name and bytes. */
    public record Export(String filename, byte[] bytes, ArchiveIndex index) {}

    private record Item(
            ArchiveGroup group,
            String title,
            String filename,
            byte[] bytes,
            ArchiveIndex.Source source,
            long sourceId) {}

    private final List<CongressFiles> sources;
    private final FileStore files;
    private final DocumentRegister register;
    private final DocumentRendering rendering;
    private final CongressCases cases;
    private final ResultsReports results;
    private final AccessControl access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    CongressArchive(
            List<CongressFiles> sources,
            FileStore files,
            DocumentRegister register,
            DocumentRendering rendering,
            CongressCases cases,
            ResultsReports results,
            AccessControl access,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.sources = sources;
        this.files = files;
        this.register = register;
        this.rendering = rendering;
        this.cases = cases;
        this.results = results;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The archive of a case the user may see (CONGRESS_VIEW on its unit); the export itself is audited. */
    @Transactional
    public Export export(long caseId) {
        CongressCase c = cases.view(caseId);
        List<Item> items = new ArrayList<>();
        for (CongressFiles source : sources) {
            for (CongressFiles.CongressFile f : source.filesOf(caseId)) {
                StoredFile info = files.find(f.storedFileId()).orElseThrow();
                items.add(new Item(
                        f.group(),
                        f.title(),
                        info.filename(),
                        files.content(f.storedFileId()),
                        ArchiveIndex.Source.STORED_FILE,
                        info.id()));
            }
        }
        for (long documentId : documentsOf(caseId)) {
            items.add(document(documentId));
        }
        items.sort(Comparator.comparing(Item::group));
        String username = access.requireUser().getUsername();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), vn.daihoi.platform.Dates.ZONE);
        List<ArchiveIndex.Entry> entries = new ArrayList<>();
        int[] numbers = new int[ArchiveGroup.values().length];
        for (Item item : items) {
            int number = ++numbers[item.group().ordinal()];
            entries.add(new ArchiveIndex.Entry(
                    ArchivePaths.path(item.group(), number, item.filename()),
                    item.group(),
                    item.title(),
                    item.filename(),
                    item.bytes().length,
                    UploadCheck.sha256(item.bytes()),
                    item.source(),
                    item.sourceId()));
        }
        ArchiveIndex index = new ArchiveIndex(
                ArchiveIndex.FORMAT,
                caseId,
                c.orgCode(),
                c.orgName(),
                c.term(),
                now.toString(),
                username,
                List.copyOf(entries));
        byte[] pdf = IndexPdf.render(
                index,
                now.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                g -> messages.getMessage("archive.group." + g.name(), null, g.name(), VI));
        byte[] zip = zip(index, items, pdf);
        audit.record(AuditLog.Change.of(
                        "ARCHIVE_EXPORT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Xuất hồ sơ lưu trữ đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": " + entries.size()
                                + " tệp")
                .withDetails("zipSha256=" + UploadCheck.sha256(zip)));
        String name = "ho-so-dai-hoi-" + c.orgCode().replaceAll("[^A-Za-z0-9-]", "-") + "-" + c.term() + ".zip";
        return new Export(name, zip, index);
    }

    /** The documents in the congress's own sequence, then the superior's decision confirming its results. */
    private List<Long> documentsOf(long caseId) {
        List<Long> ids = new ArrayList<>(register.ofCongress(caseId));
        Long decision = results.view(caseId).decisionDocumentId();
        if (decision != null && !ids.contains(decision)) {
            ids.add(decision);
        }
        return ids;
    }

    private Item document(long id) {
        DocumentDetail d = register.find(id);
        ArchiveGroup group = groupOf(d.type());
        String title = d.type().vietnamese() + " số " + d.symbol() + ": " + d.subject();
        if (d.file() != null) {
            var file = register.file(id);
            return new Item(group, title, file.filename(), file.bytes(), ArchiveIndex.Source.DOCUMENT_FILE, id);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            rendering.pdf(id, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Item(
                group, title, d.symbol() + ".pdf", out.toByteArray(), ArchiveIndex.Source.DOCUMENT_RENDERED, id);
    }

    /** Reports and resolutions are the congress's documents (văn kiện); the rest is the office's record. */
    static ArchiveGroup groupOf(DocumentType type) {
        return switch (type) {
            case NGHI_QUYET, BAO_CAO, CHUONG_TRINH_HANH_DONG, DE_AN -> ArchiveGroup.DOCUMENTS;
            default -> ArchiveGroup.OFFICE;
        };
    }

    private static byte[] zip(ArchiveIndex index, List<Item> items, byte[] pdf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, ArchiveIndex.PDF_NAME, pdf);
            put(zip, ArchiveIndex.ENTRY_NAME, JSON.writeValueAsBytes(index));
            for (int i = 0; i < items.size(); i++) {
                put(zip, index.entries().get(i).path(), items.get(i).bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
