package se.finsam.handlingar.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentFinishing;
import se.finsam.handlingar.document.DocumentSealing;
import se.finsam.handlingar.render.PdfFinishing;
import se.finsam.handlingar.render.SignatureFields;
import se.finsam.handlingar.signing.internal.PadesSigner;
import se.finsam.handlingar.signing.internal.Rfc3161Client;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.JsonNode;

/**
 * The förbund's electronic seal on the final PDF of chosen kinds of documents, from a PKCS#12 keystore: an invisible,
 * tagged signature field {@code sigill} is added when the PDF is rendered and signed just before it is archived
 * (PAdES baseline B, or B-T with a timestamp service). Without {@code handlingar.signing.seal.keystore} nothing happens.
 */
@Component
class OrganisationSeal implements DocumentFinishing, DocumentSealing {

    static final String FIELD = "sigill";
    private static final Logger log = LoggerFactory.getLogger(OrganisationSeal.class);

    private final SigningProperties.Seal settings;
    private final Clock clock;
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final PadesSigner signer;

    OrganisationSeal(SigningProperties properties, Clock clock) {
        this.settings = properties.seal();
        this.clock = clock;
        if (!settings.enabled()) {
            this.key = null;
            this.chain = List.of();
            this.signer = null;
            return;
        }
        try (InputStream in = Files.newInputStream(settings.keystore())) {
            char[] password = settings.password() == null ? new char[0] : settings.password().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = settings.alias();
            if (alias == null) {
                alias = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no private key in the keystore"));
            }
            this.key = (PrivateKey) store.getKey(alias, password);
            if (key == null) {
                throw new IllegalStateException("no private key under the alias " + alias);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(alias)) {
                certificates.add((X509Certificate) c);
            }
            this.chain = List.copyOf(certificates);
            PadesSigner.algorithmFor(chain.get(0));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("handlingar.signing.seal.keystore " + settings.keystore()
                    + " could not be used: " + e.getMessage(), e);
        }
        this.signer = new PadesSigner(SigningService.fontBytes(),
                settings.timestampUrl() == null ? null : new Rfc3161Client(settings.timestampUrl()));
        log.info("Organisation seal: {} on {}{}", CertificateNames.personName(chain.get(0)), settings.templates(),
                settings.timestampUrl() == null ? "" : " with timestamps from " + settings.timestampUrl());
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean appliesTo(String templateId) {
        return settings.enabled() && settings.templates().contains(templateId);
    }

    @Override
    public PdfFinishing finishing(JsonNode data) {
        return SignatureFields.invisible(FIELD, "Elektronisk stämpel: " + CertificateNames.personName(chain.get(0)));
    }

    @Override
    public byte[] seal(byte[] pdf) {
        String name = CertificateNames.personName(chain.get(0));
        PadesSigner.Input input = new PadesSigner.Input(pdf, FIELD, chain,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), null, name, "Arkiverad och förseglad av " + name);
        try {
            byte[] data = signer.dataToSign(input);
            Signature signature = Signature.getInstance(
                    "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA");
            signature.initSign(key);
            signature.update(data);
            return signer.sign(input, signature.sign());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Dokumentet kunde inte förseglas",
                    "Organisationens elektroniska stämpel kunde inte sättas: " + e.getMessage()
                            + " Inget arkiverades; försök igen.");
        }
    }
}
