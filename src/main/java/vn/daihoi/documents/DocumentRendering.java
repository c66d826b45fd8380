package vn.daihoi.documents;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import vn.daihoi.documents.internal.DocumentDocx;
import vn.daihoi.documents.internal.DocumentPdf;
import vn.daihoi.documents.internal.PartyLayout;

/** Outgoing documents printed in the Party layout (Hướng dẫn 36-HD/VPTW), as PDF and as DOCX. */
@Service
public class DocumentRendering {

    private final DocumentRegister register;

    DocumentRendering(DocumentRegister register) {
        this.register = register;
    }

    /** Writes the PDF of a document the user may see. */
    public void pdf(long id, OutputStream out) throws IOException {
        DocumentPdf.write(PartyLayout.of(register.find(id)), out);
    }

    /** Writes the DOCX of a document the user may see. */
    public void docx(long id, OutputStream out) throws IOException {
        DocumentDocx.write(PartyLayout.of(register.find(id)), out);
    }
}
