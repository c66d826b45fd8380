package vn.daihoi.elections;

import java.util.List;

/**
 * A printed paper of the elections in the Party layout (issuer top left, "ĐẢNG CỘNG SẢN VIỆT NAM" top right
 * with place and date, title, body, signature blocks), rendered the same way as PDF and as DOCX.
 */
record Paper(
        String superior,
        String organisation,
        String placeAndDate,
        String title,
        String subtitle,
        List<Block> blocks,
        List<Signer> signers) {

    Paper {
        blocks = List.copyOf(blocks);
        signers = List.copyOf(signers);
    }

    sealed interface Block {}

    record Heading(String text) implements Block {}

    record Para(String text) implements Block {}

    /** A grid; {@code header} is bold. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A signature block: who signs for whom, with the names below (blank lines when not known). */
    record Signer(String on, String role, List<String> names) {
        Signer {
            names = List.copyOf(names);
        }
    }
}
