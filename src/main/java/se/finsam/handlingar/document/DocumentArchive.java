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
            previous_revision, (SELECT n.id FROM document n WHERE n.previous_revision = document.id) AS next_revision""";
    private static final String INSERT_COLUMNS = """
            id, template_id, template_version, format, content_type, title, sha256, size_bytes, pages, created_at, created_by,
            previous_revision, data_snapshot, storage_key""";

    private final JdbcClient jdbc;

    DocumentArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ArchivedDocument d, String dataSnapshot, String storageKey) {
        jdbc.sql("INSERT INTO document (" + INSERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.template(), d.templateVersion(), d.format(), d.contentType(), d.title(), d.sha256(),
                        d.sizeBytes(), d.pages(), Timestamp.from(d.createdAt()), d.createdBy(), d.previousRevision(),
                        dataSnapshot, storageKey)
                .update();
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

    List<ArchivedDocument> list(String templateId, int page, int size) {
        String where = templateId == null ? "" : " WHERE template_id = :template";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM document" + where
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (templateId != null) {
            spec = spec.param("template", templateId);
        }
        return spec.query(DocumentArchive::map).list();
    }

    long count(String templateId) {
        return templateId == null
                ? jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM document WHERE template_id = ?").param(templateId).query(Long.class).single();
    }

    private static ArchivedDocument map(ResultSet rs, int row) throws SQLException {
        return new ArchivedDocument(rs.getObject("id", UUID.class), rs.getString("template_id"),
                rs.getString("template_version"), rs.getString("format"), rs.getString("content_type"),
                rs.getString("title"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getObject("pages", Integer.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getObject("previous_revision", UUID.class), rs.getObject("next_revision", UUID.class));
    }
}
