package se.finsam.handlingar.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * PAdES signatures into existing signature fields with EU DSS, in two steps so that the key can live elsewhere:
 * {@link #dataToSign} gives the bytes a key signs, {@link #sign} embeds the value. Both steps must get the same
 * {@link Input} (above all the same signing time), otherwise the value is computed for other bytes.
 */
public final class PadesSigner {

    /** CMS space reserved in the PDF: DSS's default for baseline B; a timestamp token needs more. */
    private static final int CONTENT_SIZE_B = 9472;
    private static final int CONTENT_SIZE_T = 24576;

    private final FieldAppearanceObjectFactory objects;
    private final TSPSource timestamps;

    /**
     * @param fontBytes the TrueType font the signer's lines are drawn in
     * @param timestamps an RFC 3161 source (baseline B-T), or null for baseline B
     */
    public PadesSigner(byte[] fontBytes, TSPSource timestamps) {
        this.objects = new FieldAppearanceObjectFactory(fontBytes);
        this.timestamps = timestamps;
    }

    /**
     * @param chain the signing certificate first, then its issuers
     * @param appearance lines drawn inside the field's box (name, role, date); null signs an invisible field and
     *                   leaves its appearance to PDFBox
     */
    public record Input(byte[] pdf, String field, List<X509Certificate> chain, Instant signingTime, String appearance,
            String signerName, String reason) {
    }

    /** RSA_SHA256 or ECDSA_SHA256 for the certificate's key; IllegalArgumentException for other keys. */
    public static SignatureAlgorithm algorithmFor(X509Certificate certificate) {
        EncryptionAlgorithm encryption = EncryptionAlgorithm.forKey(certificate.getPublicKey());
        return switch (encryption) {
            case RSA -> SignatureAlgorithm.RSA_SHA256;
            case ECDSA -> SignatureAlgorithm.ECDSA_SHA256;
            default -> throw new IllegalArgumentException("Nyckeltypen " + encryption + " stöds inte; använd RSA eller EC.");
        };
    }

    public byte[] dataToSign(Input input) {
        ToBeSigned toBeSigned = service().getDataToSign(document(input), parameters(input));
        return toBeSigned.getBytes();
    }

    /** Whether {@code value} is the certificate key's signature over {@link #dataToSign} of the same input. */
    public boolean isValidSignatureValue(Input input, byte[] value) {
        PAdESService service = service();
        ToBeSigned toBeSigned = service.getDataToSign(document(input), parameters(input));
        SignatureValue signatureValue = new SignatureValue(algorithmFor(input.chain().get(0)), value);
        return service.isValidSignatureValue(toBeSigned, signatureValue, new CertificateToken(input.chain().get(0)));
    }

    /** The signed PDF: the input bytes followed by one incremental update. */
    public byte[] sign(Input input, byte[] value) {
        PAdESService service = service();
        PAdESSignatureParameters parameters = parameters(input);
        SignatureValue signatureValue = new SignatureValue(algorithmFor(input.chain().get(0)), value);
        DSSDocument signed = service.signDocument(document(input), parameters, signatureValue);
        try (InputStream in = signed.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PAdESService service() {
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(objects);
        if (timestamps != null) {
            service.setTspSource(timestamps);
        }
        return service;
    }

    private static DSSDocument document(Input input) {
        return new InMemoryDocument(input.pdf(), "document.pdf");
    }

    private PAdESSignatureParameters parameters(Input input) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(timestamps != null ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
        parameters.setContentSize(timestamps != null ? CONTENT_SIZE_T : CONTENT_SIZE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(input.chain().get(0)));
        parameters.setCertificateChain(input.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(input.signingTime()));
        if (input.signerName() != null) {
            parameters.setSignerName(input.signerName());
        }
        if (input.reason() != null) {
            parameters.setReason(input.reason());
        }
        SignatureImageParameters image = new SignatureImageParameters();
        image.getFieldParameters().setFieldId(input.field());
        if (input.appearance() != null) {
            SignatureImageTextParameters text = new SignatureImageTextParameters();
            text.setText(input.appearance());
            image.setTextParameters(text);
        }
        parameters.setImageParameters(image);
        return parameters;
    }
}
