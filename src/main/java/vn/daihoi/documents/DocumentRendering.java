package vn.daihoi.documents;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import vn.daihoi.documents.internal.PartyLayout;
import vn.daihoi.platform.paper.PartyPaperDocx;
import vn.daihoi.platform.paper.PartyPaperPdf;

/** Outgoing documents printed in the Party layout (Hướng dẫn 36-HD/VPTW), as PDF and as DOCX. */
@Service
public class DocumentRendering {

    private final DocumentRegister register;

    DocumentRendering(DocumentRegister register) {
        this.register = register;
    }

    /** Writes the PDF of a document the user may see. */
    public void pdf(long id, OutputStream out) throws IOException {
        PartyPaperPdf.write(PartyLayout.of(register.find(id)), out);
    }

    /** Writes the DOCX of a document the user may see. */
    public void docx(long id, OutputStream out) throws IOException {
        PartyPaperDocx.write(PartyLayout.of(register.find(id)), out);
    }
}
