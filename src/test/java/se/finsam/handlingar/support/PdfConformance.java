package se.finsam.handlingar.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF, the reference validator for PDF/A and PDF/UA.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** Failed rules for PDF/A-2u, empty when the file conforms. */
    public static List<String> pdfA2uFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** Failed rules for PDF/UA-1, empty when the file conforms. */
    public static List<String> pdfUa1Failures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
