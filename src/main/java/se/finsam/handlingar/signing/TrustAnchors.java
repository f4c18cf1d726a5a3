package se.finsam.handlingar.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The certificates in {@code handlingar.signing.trust-anchors}, read at start (a missing or bad file stops it). */
@Component
class TrustAnchors {

    private final List<X509Certificate> certificates;

    TrustAnchors(SigningProperties properties) {
        List<X509Certificate> loaded = new ArrayList<>();
        for (Path path : properties.trustAnchors()) {
            try (InputStream in = Files.newInputStream(path)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    loaded.add((X509Certificate) c);
                }
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("handlingar.signing.trust-anchors: " + path
                        + " could not be read as PEM certificates: " + e.getMessage(), e);
            }
        }
        this.certificates = List.copyOf(loaded);
    }

    List<X509Certificate> certificates() {
        return certificates;
    }
}
