package se.finsam.handlingar.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UploadStore {

    private static final String COLUMNS = "id, filename, title, sha256, size_bytes, pages, created_at, created_by";

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload u, byte[] content) {
        jdbc.sql("INSERT INTO distribution_upload (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.id(), u.filename(), u.title(), u.sha256(), u.sizeBytes(), u.pages(),
                        Timestamp.from(u.createdAt()), u.createdBy(), content)
                .update();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM distribution_upload WHERE id = ?").param(id)
                .query(UploadStore::map).optional();
    }

    Optional<byte[]> content(UUID id) {
        return jdbc.sql("SELECT content FROM distribution_upload WHERE id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    private static Upload map(ResultSet rs, int row) throws SQLException {
        return new Upload(rs.getObject("id", UUID.class), rs.getString("filename"), rs.getString("title"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getInt("pages"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
