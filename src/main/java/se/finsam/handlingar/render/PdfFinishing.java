package se.finsam.handlingar.render;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A step that changes the laid-out PDF before it is saved, such as adding signature fields where the template left
 * empty boxes. Steps must keep the document PDF/A-2 and PDF/UA-1 valid.
 */
@FunctionalInterface
public interface PdfFinishing {

    void finish(PDDocument document, Layout layout) throws IOException;

    /** Looks up where elements landed in the layout. */
    interface Layout {
        /** Boxes of the elements whose id matches the regular expression, in document order. */
        List<PlacedBox> boxesWithIdMatching(String regex);
    }
}
