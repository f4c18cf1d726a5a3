package se.finsam.handlingar.template;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TemplateStore {

    record StoredVersion(String templateId, String version, int seq, TemplateStatus status, String sha256) {
    }

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean templateExists(String templateId) {
        return jdbc.sql("SELECT COUNT(*) FROM template WHERE id = ?").param(templateId).query(Integer.class).single() > 0;
    }

    void createTemplate(String templateId, String title, Instant now) {
        jdbc.sql("INSERT INTO template (id, title, created_at) VALUES (?, ?, ?)")
                .params(templateId, title, Timestamp.from(now)).update();
    }

    void updateTitle(String templateId, String title) {
        jdbc.sql("UPDATE template SET title = ? WHERE id = ?").params(title, templateId).update();
    }

    Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title FROM template ORDER BY id")
                .query(rs -> {
                    titles.put(rs.getString(1), rs.getString(2));
                });
        return titles;
    }

    List<StoredVersion> versions(String templateId) {
        return jdbc.sql("SELECT template_id, version, seq, status, sha256 FROM template_version WHERE template_id = ? ORDER BY seq")
                .param(templateId).query(TemplateStore::mapVersion).list();
    }

    Optional<StoredVersion> version(String templateId, String version) {
        return jdbc.sql("SELECT template_id, version, seq, status, sha256 FROM template_version WHERE template_id = ? AND version = ?")
                .params(templateId, version).query(TemplateStore::mapVersion).optional();
    }

    Optional<StoredVersion> latestPublished(String templateId) {
        return jdbc.sql("""
                SELECT template_id, version, seq, status, sha256 FROM template_version
                WHERE template_id = ? AND status = 'PUBLISHED' ORDER BY seq DESC LIMIT 1""")
                .param(templateId).query(TemplateStore::mapVersion).optional();
    }

    int nextSeq(String templateId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM template_version WHERE template_id = ?")
                .param(templateId).query(Integer.class).single();
    }

    void insertVersion(StoredVersion v, String origin, String createdBy, Instant now, Map<String, String> files) {
        jdbc.sql("""
                INSERT INTO template_version (template_id, version, seq, status, sha256, origin, created_at, created_by, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.templateId(), v.version(), v.seq(), v.status().name(), v.sha256(), origin, Timestamp.from(now),
                        createdBy, v.status() == TemplateStatus.PUBLISHED ? Timestamp.from(now) : null)
                .update();
        insertFiles(v.templateId(), v.version(), files);
    }

    /** Replaces the files of a draft; the WHERE clause makes it a no-op on a published version. */
    boolean replaceDraftFiles(String templateId, String version, String sha256, Map<String, String> files) {
        int updated = jdbc.sql("UPDATE template_version SET sha256 = ? WHERE template_id = ? AND version = ? AND status = 'DRAFT'")
                .params(sha256, templateId, version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM template_file WHERE template_id = ? AND version = ?").params(templateId, version).update();
        insertFiles(templateId, version, files);
        return true;
    }

    boolean publish(String templateId, String version, Instant now) {
        return jdbc.sql("UPDATE template_version SET status = 'PUBLISHED', published_at = ? WHERE template_id = ? AND version = ? AND status = 'DRAFT'")
                .params(Timestamp.from(now), templateId, version).update() == 1;
    }

    Map<String, String> files(String templateId, String version) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.sql("SELECT name, content FROM template_file WHERE template_id = ? AND version = ? ORDER BY name")
                .params(templateId, version)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    boolean hasVersionWithSha(String templateId, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM template_version WHERE template_id = ? AND sha256 = ?")
                .params(templateId, sha256).query(Integer.class).single() > 0;
    }

    String versionWithSha(String templateId, String sha256) {
        return jdbc.sql("SELECT version FROM template_version WHERE template_id = ? AND sha256 = ? ORDER BY seq DESC LIMIT 1")
                .params(templateId, sha256).query(String.class).optional().orElse(null);
    }

    private void insertFiles(String templateId, String version, Map<String, String> files) {
        files.forEach((name, content) -> jdbc.sql("INSERT INTO template_file (template_id, version, name, content) VALUES (?, ?, ?, ?)")
                .params(templateId, version, name, content).update());
    }

    private static StoredVersion mapVersion(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredVersion(rs.getString(1), rs.getString(2), rs.getInt(3), TemplateStatus.valueOf(rs.getString(4)),
                rs.getString(5));
    }
}
