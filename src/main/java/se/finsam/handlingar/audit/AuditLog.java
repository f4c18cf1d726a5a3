package se.finsam.handlingar.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code audit_log} table and its hash chain. Each entry's hash is the SHA-256 of a JSON array of its sequence
 * number, time, kind, actor, source, object type and id, details (as stored) and the previous entry's hash; the first
 * entry's previous hash is 64 zeros.
 */
@Repository
class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int CHUNK = 1000;
    private static final String COLUMNS =
            "seq, occurred_at, kind, actor, source, object_type, object_id, details, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    private record Row(long seq, Instant at, String kind, String actor, String source, String objectType,
            String objectId, String details, String prevHash, String hash) {
    }

    /** Must run in a transaction: the head row stays locked until it ends, so appends never fork the chain. */
    AuditEntry append(String kind, String actor, String source, String objectType, String objectId,
            Map<String, ?> details) {
        Row head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Row(rs.getLong(1), null, null, null, null, null, null, null, null,
                        rs.getString(2)))
                .single();
        long seq = head.seq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String detailsJson = json.writeValueAsString(details == null ? Map.of() : details);
        Row row = new Row(seq, at, kind, clip(actor, 100), clip(source, 100), clip(objectType, 64),
                clip(objectId, 200), detailsJson, head.hash(), null);
        String hash = hash(row);
        jdbc.sql("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, Timestamp.from(at), row.kind(), row.actor(), row.source(), row.objectType(),
                        row.objectId(), detailsJson, head.hash(), hash)
                .update();
        jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
        return entry(new Row(seq, at, row.kind(), row.actor(), row.source(), row.objectType(), row.objectId(),
                detailsJson, head.hash(), hash));
    }

    /** The chain's head (entries written, last hash), locked until the caller's transaction ends. */
    AuditTrail.Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2))).single();
    }

    List<AuditEntry> find(Instant from, Instant to, String kind, String object, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (from != null) {
            where.append(" AND occurred_at >= :from");
        }
        if (to != null) {
            where.append(" AND occurred_at <= :to");
        }
        if (kind != null) {
            where.append(kind.endsWith(".") ? " AND kind LIKE :kind" : " AND kind = :kind");
        }
        String type = null;
        String id = object;
        if (object != null && object.contains("/")) {
            type = object.substring(0, object.indexOf('/'));
            id = object.substring(object.indexOf('/') + 1);
        }
        if (type != null) {
            where.append(" AND object_type = :type");
        }
        if (id != null) {
            where.append(" AND object_id = :id");
        }
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM audit_log" + where
                + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (from != null) {
            spec = spec.param("from", Timestamp.from(from));
        }
        if (to != null) {
            spec = spec.param("to", Timestamp.from(to));
        }
        if (kind != null) {
            spec = spec.param("kind", kind.endsWith(".") ? kind + "%" : kind);
        }
        if (type != null) {
            spec = spec.param("type", type);
        }
        if (id != null) {
            spec = spec.param("id", id);
        }
        return spec.query(AuditLog::row).list().stream().map(this::entry).toList();
    }

    AuditTrail.Verification verify() {
        long expected = 1;
        String previous = GENESIS;
        long count = 0;
        while (true) {
            List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?")
                    .params(expected, CHUNK).query(AuditLog::row).list();
            for (Row row : rows) {
                if (row.seq() != expected) {
                    return broken(count, previous, expected, "Post " + expected + " saknas (raderad); nästa är "
                            + row.seq() + ".");
                }
                if (!row.prevHash().equals(previous)) {
                    return broken(count, previous, row.seq(), "Posten pekar inte på föregående posts hash.");
                }
                if (!hash(row).equals(row.hash())) {
                    return broken(count, previous, row.seq(), "Postens innehåll stämmer inte med dess hash (ändrad).");
                }
                previous = row.hash();
                expected++;
                count++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        long headSeq = jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single();
        if (headSeq != count) {
            return broken(count, previous, count + 1, "Kedjan slutar vid post " + count + " men " + headSeq
                    + " poster har skrivits; de sista saknas (raderade).");
        }
        return new AuditTrail.Verification(true, count, previous, null);
    }

    private static AuditTrail.Verification broken(long count, String lastHash, long seq, String problem) {
        return new AuditTrail.Verification(false, count, lastHash, new AuditTrail.Broken(seq, problem));
    }

    private String hash(Row row) {
        List<Object> fields = new ArrayList<>();
        fields.add(row.seq());
        fields.add(row.at().toString());
        fields.add(row.kind());
        fields.add(row.actor());
        fields.add(row.source());
        fields.add(row.objectType());
        fields.add(row.objectId());
        fields.add(row.details());
        fields.add(row.prevHash());
        return sha256(json.writeValueAsString(fields));
    }

    private AuditEntry entry(Row row) {
        return new AuditEntry(row.seq(), row.at(), row.kind(), row.actor(), row.source(), row.objectType(),
                row.objectId(), json.readTree(row.details()), row.prevHash(), row.hash());
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                rs.getString("actor"), rs.getString("source"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
