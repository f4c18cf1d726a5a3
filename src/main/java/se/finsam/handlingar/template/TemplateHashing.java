package se.finsam.handlingar.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

final class TemplateHashing {

    private TemplateHashing() {
    }

    /** SHA-256 over every file, in name order, each as name, length and content. */
    static String sha256(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                digest.update((name.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(name);
                digest.update((content.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
