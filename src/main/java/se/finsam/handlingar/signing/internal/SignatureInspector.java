package se.finsam.handlingar.signing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * What the signatures in a PDF prove: DSS checks each signature (digest, signature value, chain to a trust anchor;
 * no revocation data is fetched), and the file's own structure tells whether each signature covers the whole revision
 * it closes and whether anything was appended after the last one.
 */
public final class SignatureInspector {

    private final List<X509Certificate> trustAnchors;

    public SignatureInspector(List<X509Certificate> trustAnchors) {
        this.trustAnchors = List.copyOf(trustAnchors);
    }

    public record Report(List<Entry> signatures, boolean modifiedAfterLastSignature) {
    }

    /**
     * @param signingTime the time the signer claims (the PDF's and CMS's signing time)
     * @param timestamp the time of an RFC 3161 signature timestamp (baseline B-T), else null
     * @param indication DSS's overall verdict under its default policy (e.g. TOTAL_PASSED, INDETERMINATE)
     */
    public record Entry(String field, String signer, Instant signingTime, boolean intact, boolean trusted,
            boolean coversWholeRevision, Instant timestamp, String indication, String subIndication) {
    }

    /** Thrown when the bytes are not a readable PDF. */
    public static final class NotAPdfException extends RuntimeException {
        NotAPdfException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Structure(String field, long[] byteRange, boolean coversWholeRevision, long revisionEnd) {
    }

    public Report inspect(byte[] pdf) {
        List<Structure> structure = structure(pdf);
        if (structure.isEmpty()) {
            return new Report(List.of(), false);
        }
        Map<String, SignatureWrapper> byField = new LinkedHashMap<>();
        Reports reports = dssReports(pdf);
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        for (SignatureWrapper signature : diagnostic.getSignatures()) {
            if (signature.getPDFRevision() != null) {
                for (String name : signature.getPDFRevision().getSignatureFieldNames()) {
                    byField.putIfAbsent(name, signature);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Structure s : structure) {
            SignatureWrapper signature = byField.get(s.field());
            if (signature == null) {
                entries.add(new Entry(s.field(), null, null, false, false, s.coversWholeRevision(), null,
                        Indication.NO_SIGNATURE_FOUND.name(), null));
                continue;
            }
            CertificateWrapper certificate = signature.getSigningCertificate();
            boolean intact = signature.isSignatureIntact() && signature.isSignatureValid()
                    && !signature.getDigestMatchers().isEmpty()
                    && signature.getDigestMatchers().stream().allMatch(m -> m.isDataFound() && m.isDataIntact())
                    && (signature.getPDFRevision() == null || signature.getPDFRevision().isSignatureByteRangeValid());
            Instant timestamp = signature.getTimestampList().stream()
                    .filter(t -> t.isSignatureIntact() && t.isSignatureValid())
                    .map(t -> t.getProductionTime().toInstant()).min(Comparator.naturalOrder()).orElse(null);
            Indication indication = simple.getIndication(signature.getId());
            SubIndication sub = simple.getSubIndication(signature.getId());
            entries.add(new Entry(s.field(), certificate == null ? null : certificate.getCommonName(),
                    signature.getClaimedSigningTime() == null ? null : signature.getClaimedSigningTime().toInstant(),
                    intact, certificate != null && signature.isTrustedChain(), s.coversWholeRevision(), timestamp,
                    indication == null ? null : indication.name(), sub == null ? null : sub.name()));
        }
        long lastEnd = structure.stream().mapToLong(Structure::revisionEnd).max().orElse(0);
        return new Report(entries, !onlyLineEnds(pdf, lastEnd));
    }

    private Reports dssReports(byte[] pdf) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustAnchors.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf"));
        validator.setPdfObjFactory(objectFactory());
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    /**
     * DSS's PDFBox services without its visual comparison. That check renders every page (up to ten) of each signed
     * revision and of the final file as images and compares them; under DSS's default policy its result is only a
     * warning, and nothing in this service's report depends on it. It is costly (two page renders per page and
     * signature on every validation of any uploaded PDF) and, for a damaged file — one flipped byte in a font
     * program — PDFBox logs an error with a stack trace for every glyph drawn (thousands per protokoll). Page-count
     * differences, annotation overlaps and object modifications are still detected (no rendering).
     */
    private static PdfBoxDefaultObjectFactory objectFactory() {
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
        factory.setPdfDifferencesFinder(differences);
        return factory;
    }

    /** The signed fields in file order, with what their byte ranges cover. */
    private static List<Structure> structure(byte[] pdf) {
        List<Structure> list = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return list;
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
                    PDSignature signature = signatureField.getSignature();
                    int[] range = signature.getByteRange();
                    long[] r = range == null || range.length != 4 ? null
                            : new long[] { range[0], range[1], range[2], range[3] };
                    long end = r == null ? 0 : r[2] + r[3];
                    list.add(new Structure(field.getFullyQualifiedName(), r, coversWholeRevision(pdf, r), end));
                }
            }
        } catch (IOException e) {
            throw new NotAPdfException("Filen kunde inte läsas som PDF: " + e.getMessage(), e);
        }
        list.sort(Comparator.comparingLong(Structure::revisionEnd));
        return list;
    }

    /**
     * A signature covers its whole revision when its byte range starts at 0, leaves out exactly its own
     * {@code <…>} contents and ends right after the {@code %%EOF} that closes the revision.
     */
    private static boolean coversWholeRevision(byte[] pdf, long[] r) {
        if (r == null || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || r[2] + r[3] > pdf.length) {
            return false;
        }
        if (pdf[(int) r[1]] != '<' || pdf[(int) r[2] - 1] != '>') {
            return false;
        }
        int end = (int) (r[2] + r[3]);
        while (end > 0 && (pdf[end - 1] == '\n' || pdf[end - 1] == '\r')) {
            end--;
        }
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        if (end < eof.length) {
            return false;
        }
        for (int i = 0; i < eof.length; i++) {
            if (pdf[end - eof.length + i] != eof[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyLineEnds(byte[] pdf, long from) {
        for (long i = from; i < pdf.length; i++) {
            byte b = pdf[(int) i];
            if (b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
