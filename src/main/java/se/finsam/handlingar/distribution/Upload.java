package se.finsam.handlingar.distribution;

import java.time.Instant;
import java.util.UUID;

/** A PDF uploaded to be a bilaga; checked when received (see {@code UploadCheck}), never changed. */
public record Upload(UUID id, String filename, String title, String sha256, long sizeBytes, int pages,
        Instant createdAt, String createdBy) {
}
