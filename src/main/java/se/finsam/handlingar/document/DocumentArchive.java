package se.finsam.handlingar.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DocumentArchive {

    private static final String COLUMNS = """
            id, template_id, template_version, format, content_type, title, sha256, size_bytes, pages, created_at, created_by,
            previous_revision, (SELECT n.id FROM document n WHERE n.previous_revision = document.id) AS next_revision,
            subject""";
    private static final String INSERT_COLUMNS = """
            id, template_id, template_version, format, content_type, title, sha256, size_bytes, pages, created_at, created_by,
            previous_revision, data_snapshot, storage_key, subject, sole_key""";

    private final JdbcClient jdbc;

    DocumentArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sole key is unique in the database: a second sole record of a subject fails here. */
    void insert(ArchivedDocument d, String dataSnapshot, String storageKey, String soleKey) {
        jdbc.sql("INSERT INTO document (" + INSERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.template(), d.templateVersion(), d.format(), d.contentType(), d.title(), d.sha256(),
                        d.sizeBytes(), d.pages(), Timestamp.from(d.createdAt()), d.createdBy(), d.previousRevision(),
                        dataSnapshot, storageKey, d.subject(), soleKey)
                .update();
    }

    /** Moves documents to another subject and frees their sole key; bytes, hash and data stay as they are. */
    void relink(List<UUID> ids, String subject) {
        for (UUID id : ids) {
            jdbc.sql("UPDATE document SET subject = ?, sole_key = NULL WHERE id = ?").params(subject, id).update();
        }
    }

    Optional<ArchivedDocument> findBySoleKey(String soleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE sole_key = ?").param(soleKey)
                .query(DocumentArchive::map).optional();
    }

    /** Every document's id, hash and storage key, oldest first, for checking the archive against its hashes. */
    List<String[]> hashes() {
        return jdbc.sql("SELECT id, sha256, storage_key FROM document ORDER BY created_at, id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    Optional<ArchivedDocument> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = ?").param(id).query(DocumentArchive::map).optional();
    }

    Optional<String> storageKey(UUID id) {
        return jdbc.sql("SELECT storage_key FROM document WHERE id = ?").param(id).query(String.class).optional();
    }

    Optional<String> dataSnapshot(UUID id) {
        return jdbc.sql("SELECT data_snapshot FROM document WHERE id = ?").param(id).query(String.class).optional();
    }

    Optional<UUID> nextRevision(UUID id) {
        return jdbc.sql("SELECT id FROM document WHERE previous_revision = ?").param(id).query(UUID.class).optional();
    }

    List<ArchivedDocument> list(String templateId, String subject, int page, int size) {
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM document" + where(templateId, subject)
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size);
        return filter(spec, templateId, subject).query(DocumentArchive::map).list();
    }

    long count(String templateId, String subject) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM document" + where(templateId, subject));
        return filter(spec, templateId, subject).query(Long.class).single();
    }

    private static String where(String templateId, String subject) {
        String where = " WHERE 1 = 1";
        if (templateId != null) {
            where += " AND template_id = :template";
        }
        if (subject != null) {
            where += " AND subject = :subject";
        }
        return where;
    }

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, String templateId, String subject) {
        if (templateId != null) {
            spec = spec.param("template", templateId);
        }
        if (subject != null) {
            spec = spec.param("subject", subject);
        }
        return spec;
    }

    private static ArchivedDocument map(ResultSet rs, int row) throws SQLException {
        return new ArchivedDocument(rs.getObject("id", UUID.class), rs.getString("template_id"),
                rs.getString("template_version"), rs.getString("format"), rs.getString("content_type"),
                rs.getString("title"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getObject("pages", Integer.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getObject("previous_revision", UUID.class), rs.getObject("next_revision", UUID.class),
                rs.getString("subject"));
    }
}
