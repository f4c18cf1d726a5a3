package se.finsam.handlingar.signing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code handlingar.signing.*}.
 *
 * @param trustAnchors PEM files with the certificates signatures are trusted up to (validation)
 * @param sessionTimeout how long the second signing step may wait for the signature value
 * @param seal the organisation seal; without a keystore nothing is sealed
 * @param maxValidationSize largest PDF accepted by {@code POST /api/signatures/validation}
 */
@ConfigurationProperties("handlingar.signing")
public record SigningProperties(List<Path> trustAnchors, Duration sessionTimeout, Seal seal,
        DataSize maxValidationSize) {

    public SigningProperties {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(15) : sessionTimeout;
        seal = seal == null ? new Seal(null, null, null, null, null) : seal;
        maxValidationSize = maxValidationSize == null ? DataSize.ofMegabytes(20) : maxValidationSize;
    }

    /**
     * @param keystore PKCS#12 file with the förbund's key and certificate chain
     * @param password the keystore's (and key's) password
     * @param alias the key's alias; null takes the first key in the keystore
     * @param templates the kinds of document sealed when archived, e.g. {@code arsredovisning}
     * @param timestampUrl an RFC 3161 timestamp service: seals become PAdES baseline B-T instead of B
     */
    public record Seal(Path keystore, String password, String alias, List<String> templates, String timestampUrl) {

        public Seal {
            templates = templates == null ? List.of() : List.copyOf(templates);
        }

        public boolean enabled() {
            return keystore != null;
        }
    }
}
