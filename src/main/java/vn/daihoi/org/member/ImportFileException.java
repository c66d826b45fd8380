package vn.daihoi.org.member;

import java.util.List;

/** The file as a whole cannot be read (wrong type, wrong encoding, wrong header, too large). */
class ImportFileException extends RuntimeException {

    final transient List<ImportProblem> problems;

    ImportFileException(List<ImportProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    ImportFileException(ImportProblem problem) {
        this(List.of(problem));
    }
}
