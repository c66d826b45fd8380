package vn.daihoi.files;

import java.util.List;

/**
 * SPI: a module's files that belong in the archive of a congress case. Every module that keeps files of a
 * congress (drafts, personnel, budget, dossier, results) implements it with a Spring bean; the archive
 * collects them all. Only files already in {@link FileStore} are listed (a generated document is stored
 * when it is issued).
 */
public interface CongressFiles {

    /** One file of the case: its group, a Vietnamese title for the index, and the stored file. */
    record CongressFile(ArchiveGroup group, String title, long storedFileId) {}

    List<CongressFile> filesOf(long congressCaseId);
}
