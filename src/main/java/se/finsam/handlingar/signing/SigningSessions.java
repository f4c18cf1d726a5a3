package se.finsam.handlingar.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SigningSessions {

    /**
     * @param certificates base64 DER, signing certificate first, separated by commas
     * @param appearance the lines drawn in the field, separated by newlines
     */
    record Session(UUID id, UUID documentId, String field, String certificates, Instant signingTime, String algorithm,
            String appearance, Instant expiresAt, UUID signedDocument, Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    SigningSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Session s) {
        jdbc.sql("""
                INSERT INTO signing_session (id, document_id, field, certificates, signing_time, algorithm, appearance,
                    expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.documentId(), s.field(), s.certificates(), Timestamp.from(s.signingTime()),
                        s.algorithm(), s.appearance(), Timestamp.from(s.expiresAt()), Timestamp.from(s.createdAt()),
                        s.createdBy())
                .update();
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql("SELECT * FROM signing_session WHERE id = ?").param(id).query(SigningSessions::map).optional();
    }

    /** False when another request completed the session first. */
    boolean complete(UUID id, UUID signedDocument) {
        return jdbc.sql("UPDATE signing_session SET signed_document = ? WHERE id = ? AND signed_document IS NULL")
                .params(signedDocument, id).update() == 1;
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getString("field"), rs.getString("certificates"), rs.getTimestamp("signing_time").toInstant(),
                rs.getString("algorithm"), rs.getString("appearance"), rs.getTimestamp("expires_at").toInstant(),
                rs.getObject("signed_document", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
