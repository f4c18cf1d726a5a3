package se.finsam.handlingar.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import se.finsam.handlingar.audit.AuditEvent;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.signing.internal.PadesSigner;
import se.finsam.handlingar.signing.internal.PdfSignatureFields;
import se.finsam.handlingar.signing.internal.SignatureInspector;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.ProblemException;
import se.finsam.handlingar.template.SwedishFormat;

/**
 * Two-step signing of archived PDFs into their existing signature fields, and validation. The first step fixes
 * everything the signature covers (field, certificate, signing time, the lines drawn in the box) and returns the bytes
 * the signer's key signs; the second embeds the value and archives the result as the next revision.
 */
@Service
public class SigningService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final String FONT = "bundled-templates/shared/fonts/Carlito-Regular.ttf";

    private final DocumentService documents;
    private final SigningSessions sessions;
    private final List<SignatureFieldPolicy> policies;
    private final SigningProperties properties;
    private final TrustAnchors trustAnchors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PadesSigner signer;

    SigningService(DocumentService documents, SigningSessions sessions, List<SignatureFieldPolicy> policies,
            SigningProperties properties, TrustAnchors trustAnchors, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.sessions = sessions;
        this.policies = policies;
        this.properties = properties;
        this.trustAnchors = trustAnchors;
        this.events = events;
        this.clock = clock;
        this.signer = new PadesSigner(fontBytes(), null);
    }

    /** The body of {@code POST /api/documents/{id}/signatures}. */
    public record StartRequest(String field, String certificate, List<String> certificateChain) {
    }

    /**
     * @param document the revision being signed (the newest revision of the chain the request named)
     * @param dataToSign base64 of the bytes the key signs with {@code signatureAlgorithm} (DSS's ToBeSigned: the
     *                   DER-encoded CMS signed attributes)
     * @param appearance the lines that will be drawn inside the field's box
     */
    public record Started(UUID session, UUID document, String field, String dataToSign, String signatureAlgorithm,
            String digestAlgorithm, Instant signingTime, Instant expiresAt, List<String> appearance) {
    }

    public Started start(UUID documentId, StartRequest request, String user) {
        if (request == null) {
            throw ProblemException.invalid("", "Ange field och certificate.");
        }
        List<X509Certificate> chain = chain(request);
        ArchivedDocument target = signable(documentId);
        byte[] pdf = documents.content(target.id());
        List<PdfSignatureFields.Field> fields = fields(pdf);
        PdfSignatureFields.Field field = fields.stream().filter(f -> f.name().equals(request.field())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("/field", "Dokumentet har inget signaturfält \""
                        + request.field() + "\". Osignerade fält: " + String.join(", ", fields.stream()
                                .filter(f -> !f.signed()).map(PdfSignatureFields.Field::name).toList()) + "."));
        if (field.signed()) {
            throw ProblemException.conflict("Fältet \"" + field.name() + "\" är redan signerat av " + field.signer()
                    + " i version " + target.id() + ".");
        }
        checkOrder(target.template(), fields, field.name());
        X509Certificate certificate = chain.get(0);
        Instant now = clock.instant();
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw ProblemException.invalid("/certificate", "Certifikatet gäller " + certificate.getNotBefore().toInstant()
                    + "–" + certificate.getNotAfter().toInstant() + ", inte nu.");
        }
        String algorithm;
        try {
            algorithm = PadesSigner.algorithmFor(certificate).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("/certificate", e.getMessage());
        }
        Instant signingTime = now.truncatedTo(ChronoUnit.SECONDS);
        String name = CertificateNames.personName(certificate);
        List<String> appearance = List.of(name, role(target.template(), field),
                "Signerad " + SwedishFormat.isoDate(LocalDateTime.ofInstant(signingTime, SWEDEN).toLocalDate()) + " kl. "
                        + SwedishFormat.time(LocalDateTime.ofInstant(signingTime, SWEDEN).toLocalTime()));
        SigningSessions.Session session = new SigningSessions.Session(UUID.randomUUID(), target.id(), field.name(),
                encode(chain), signingTime, algorithm, String.join("\n", appearance),
                now.plus(properties.sessionTimeout()), null, now, user);
        byte[] dataToSign = guarded(() -> signer.dataToSign(input(session, pdf)));
        sessions.insert(session);
        Map<String, Object> details = certificateDetails(session.id(), field.name(), certificate);
        details.put("revision", target.id().toString());
        events.publishEvent(AuditEvent.of("document.signing.started", "document",
                documents.revisions(target.id()).get(0).id(), details));
        return new Started(session.id(), target.id(), field.name(), Base64.getEncoder().encodeToString(dataToSign),
                algorithm, "SHA256", signingTime, session.expiresAt(), appearance);
    }

    /**
     * Embeds the signature value and archives the signed PDF as the next revision. Repeating a completed session
     * answers with the revision it made.
     */
    public ArchivedDocument complete(UUID documentId, UUID sessionId, String signatureValue, String user) {
        SigningSessions.Session session = sessions.find(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Signeringen " + sessionId + " finns inte."));
        List<ArchivedDocument> chain = documents.revisions(documentId);
        if (chain.stream().noneMatch(d -> d.id().equals(session.documentId()))) {
            throw ProblemException.notFound("Signeringen " + sessionId + " hör inte till dokument " + documentId + ".");
        }
        if (session.signedDocument() != null) {
            return documents.find(session.signedDocument());
        }
        refuseWithdrawn(chain.get(chain.size() - 1));
        if (clock.instant().isAfter(session.expiresAt())) {
            throw new ProblemException(HttpStatus.GONE, "Signeringen har gått ut", "Signeringen " + sessionId
                    + " gick ut " + session.expiresAt() + "; börja om med POST /api/documents/" + documentId
                    + "/signatures.");
        }
        if (signatureValue == null || signatureValue.isBlank()) {
            throw ProblemException.invalid("/signatureValue", "Ange signaturvärdet (base64).");
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(signatureValue.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("/signatureValue", "signatureValue är inte giltig base64.");
        }
        ArchivedDocument signed = documents.find(session.documentId());
        if (signed.nextRevision() != null) {
            throw new ProblemException(HttpStatus.CONFLICT, "Dokumentet har signerats under tiden",
                    "Version " + signed.id() + " har redan signerats vidare (" + signed.nextRevision()
                            + "); börja om signeringen av \"" + session.field() + "\" på den nya versionen.",
                    List.of(), Map.of("nextRevision", signed.nextRevision()));
        }
        byte[] pdf = documents.content(session.documentId());
        PadesSigner.Input input = input(session, pdf);
        if (!guarded(() -> signer.isValidSignatureValue(input, value))) {
            throw ProblemException.invalid("/signatureValue", "Signaturvärdet stämmer inte: det är inte certifikatets"
                    + " nyckels " + session.algorithm() + "-signatur över dataToSign från denna signering.");
        }
        byte[] result = guarded(() -> signer.sign(input, value));
        ArchivedDocument revision = documents.archiveRevision(session.documentId(), result, user);
        sessions.complete(session.id(), revision.id());
        List<PdfSignatureFields.Field> fields = fields(result);
        Map<String, Object> details = certificateDetails(session.id(), session.field(), input.chain().get(0));
        details.put("revision", revision.id().toString());
        details.put("sha256", revision.sha256());
        details.put("previousRevision", session.documentId().toString());
        details.put("signingTime", session.signingTime().toString());
        events.publishEvent(AuditEvent.of("document.signed", "document", chain.get(0).id(), details));
        events.publishEvent(new DocumentSigned(revision.id(), session.documentId(), chain.get(0).id(),
                revision.template(), session.field(), CertificateNames.personName(input.chain().get(0)),
                missing(revision.template(), fields)));
        return revision;
    }

    private static Map<String, Object> certificateDetails(UUID session, String field, X509Certificate certificate) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("session", session.toString());
        details.put("field", field);
        details.put("signer", CertificateNames.personName(certificate));
        details.put("certificateSubject", certificate.getSubjectX500Principal().getName());
        details.put("certificateIssuer", certificate.getIssuerX500Principal().getName());
        details.put("certificateSerial", certificate.getSerialNumber().toString(16));
        return details;
    }

    /** The signatures of one archived revision, checked. */
    public SignatureReport signatures(UUID documentId) {
        ArchivedDocument document = documents.find(documentId);
        if (!"pdf".equals(document.format())) {
            return new SignatureReport(List.of(), false);
        }
        return validate(documents.content(documentId));
    }

    /** The signatures of any PDF, checked against the configured trust anchors. */
    public SignatureReport validate(byte[] pdf) {
        if (pdf == null || pdf.length < 8 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw ProblemException.invalid("", "Skicka en PDF-fil (Content-Type: application/pdf).");
        }
        SignatureInspector.Report report;
        try {
            report = new SignatureInspector(trustAnchors.certificates()).inspect(pdf);
        } catch (SignatureInspector.NotAPdfException e) {
            throw ProblemException.invalid("", e.getMessage());
        } catch (RuntimeException e) {
            throw ProblemException.invalid("", "Signaturerna kunde inte kontrolleras: " + e.getMessage());
        }
        return new SignatureReport(report.signatures().stream().map(s -> new SignatureReport.Signature(s.field(),
                s.signer(), s.signingTime(), s.intact(), s.trusted(), s.coversWholeRevision(), s.timestamp(),
                s.indication(), s.subIndication())).toList(), report.modifiedAfterLastSignature());
    }

    /** The signature fields of one archived revision: which are signed, which are required. */
    public List<SignatureField> fields(UUID documentId) {
        ArchivedDocument latest = documents.find(documentId);
        if (!"pdf".equals(latest.format())) {
            return List.of();
        }
        List<PdfSignatureFields.Field> fields = fields(documents.content(latest.id()));
        List<String> required = policy(latest.template()).required(names(fields));
        return fields.stream().map(f -> new SignatureField(f.name(), f.label(), required.contains(f.name()),
                f.signed(), f.signer(), f.signedAt())).toList();
    }

    /** Required fields still unsigned in the newest revision, in signing order. */
    public List<String> missing(UUID documentId) {
        ArchivedDocument latest = documents.latestRevision(documentId);
        return missing(latest.template(), fields(documents.content(latest.id())));
    }

    private List<String> missing(String template, List<PdfSignatureFields.Field> fields) {
        List<String> signed = fields.stream().filter(PdfSignatureFields.Field::signed).map(PdfSignatureFields.Field::name)
                .toList();
        return policy(template).required(names(fields)).stream().filter(f -> !signed.contains(f)).toList();
    }

    private ArchivedDocument signable(UUID documentId) {
        ArchivedDocument latest = documents.latestRevision(documentId);
        if (!"pdf".equals(latest.format())) {
            throw ProblemException.invalid("", "Bara PDF-dokument kan signeras; " + documentId + " är "
                    + latest.format() + ".");
        }
        refuseWithdrawn(latest);
        return latest;
    }

    /** A withdrawn record (a digital justering sent again with new dates) is kept as it is and signed no more. */
    private static void refuseWithdrawn(ArchivedDocument document) {
        if (document.withdrawn()) {
            throw ProblemException.conflict("Dokumentet " + document.id() + " är återkallat ("
                    + document.subject() + ") och kan inte signeras; signera det som ersatte det.");
        }
    }

    private void checkOrder(String template, List<PdfSignatureFields.Field> fields, String field) {
        SignatureFieldPolicy policy = policy(template);
        List<String> required = policy.required(names(fields));
        List<String> unsigned = fields.stream().filter(f -> !f.signed()).map(PdfSignatureFields.Field::name).toList();
        if (policy == ANY_ORDER) {
            return;
        }
        int index = required.indexOf(field);
        List<String> before = (index < 0 ? required : required.subList(0, index)).stream()
                .filter(unsigned::contains).toList();
        if (!before.isEmpty()) {
            throw ProblemException.conflict("\"" + field + "\" signeras efter " + String.join(", ", before)
                    + "; ordningen är " + String.join(", ", required) + ".");
        }
    }

    private String role(String template, PdfSignatureFields.Field field) {
        String role = policy(template).role(field.name());
        if (role != null && !role.isBlank()) {
            return role;
        }
        return field.label() != null ? field.label() : field.name();
    }

    /** Any field, any order, every field required. */
    private static final SignatureFieldPolicy ANY_ORDER = new SignatureFieldPolicy() {
        @Override
        public boolean appliesTo(String templateId) {
            return true;
        }

        @Override
        public List<String> required(List<String> fields) {
            return fields;
        }

        @Override
        public String role(String field) {
            return null;
        }
    };

    private SignatureFieldPolicy policy(String template) {
        return policies.stream().filter(p -> p.appliesTo(template)).findFirst().orElse(ANY_ORDER);
    }

    private static List<String> names(List<PdfSignatureFields.Field> fields) {
        return fields.stream().map(PdfSignatureFields.Field::name).toList();
    }

    private static List<PdfSignatureFields.Field> fields(byte[] pdf) {
        try {
            return PdfSignatureFields.read(pdf);
        } catch (IOException e) {
            throw ProblemException.invalid("", "Dokumentet kunde inte läsas som PDF: " + e.getMessage());
        }
    }

    private PadesSigner.Input input(SigningSessions.Session session, byte[] pdf) {
        List<X509Certificate> chain = new ArrayList<>();
        for (String der : session.certificates().split(",")) {
            chain.add(certificate(Base64.getDecoder().decode(der), "/certificate"));
        }
        return new PadesSigner.Input(pdf, session.field(), chain, session.signingTime(), session.appearance(),
                CertificateNames.personName(chain.get(0)), null);
    }

    private static List<X509Certificate> chain(StartRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.field() == null || request.field().isBlank()) {
            problems.add(new FieldProblem("/field", "Ange signaturfältets namn, t.ex. \"signatur-ordforande\"."));
        }
        if (request.certificate() == null || request.certificate().isBlank()) {
            problems.add(new FieldProblem("/certificate", "Ange undertecknarens certifikat (base64 DER)."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Signeringen kan inte börja.", problems);
        }
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate(base64(request.certificate(), "/certificate"), "/certificate"));
        List<String> rest = request.certificateChain() == null ? List.of() : request.certificateChain();
        for (int i = 0; i < rest.size(); i++) {
            X509Certificate c = certificate(base64(rest.get(i), "/certificateChain/" + i), "/certificateChain/" + i);
            if (!c.equals(chain.get(0))) {
                chain.add(c);
            }
        }
        return chain;
    }

    private static byte[] base64(String text, String pointer) {
        try {
            return Base64.getDecoder().decode(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(pointer, "Inte giltig base64.");
        }
    }

    static X509Certificate certificate(byte[] der, String pointer) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw ProblemException.invalid(pointer, "Inte ett X.509-certifikat i DER-form (base64).");
        }
    }

    private static String encode(List<X509Certificate> chain) {
        List<String> parts = new ArrayList<>();
        for (X509Certificate c : chain) {
            try {
                parts.add(Base64.getEncoder().encodeToString(c.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(",", parts);
    }

    /** DSS reports bad input as runtime exceptions; they become a 422 naming DSS's reason. */
    private static <T> T guarded(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Signeringen misslyckades",
                    "Dokumentet kunde inte signeras: " + e.getMessage());
        }
    }

    static byte[] fontBytes() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + FONT + " is missing", e);
        }
    }
}
