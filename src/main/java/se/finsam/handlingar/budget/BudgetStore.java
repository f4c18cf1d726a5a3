package se.finsam.handlingar.budget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budget versions as JSON text; rows are only ever inserted. */
@Repository
class BudgetStore {

    record Row(String id, int version, String data, Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(String id) {
        Integer max = jdbc.sql("SELECT MAX(version) FROM budget_version WHERE budget_id = ?").param(id)
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    void insert(Row row) {
        jdbc.sql("INSERT INTO budget_version (budget_id, version, data, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(row.id(), row.version(), row.data(), Timestamp.from(row.createdAt()), row.createdBy())
                .update();
    }

    Optional<Row> find(String id, Integer version) {
        String sql = "SELECT budget_id, version, data, created_at, created_by FROM budget_version WHERE budget_id = ?"
                + (version == null ? " ORDER BY version DESC LIMIT 1" : " AND version = ?");
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(id);
        if (version != null) {
            spec = spec.param(version);
        }
        return spec.query(BudgetStore::map).optional();
    }

    List<Row> versions(String id) {
        return jdbc.sql("SELECT budget_id, version, data, created_at, created_by FROM budget_version WHERE budget_id = ? ORDER BY version")
                .param(id).query(BudgetStore::map).list();
    }

    /** The newest version of every budget, by id. */
    List<Row> latest() {
        return jdbc.sql("SELECT b.budget_id, b.version, b.data, b.created_at, b.created_by FROM budget_version b "
                + "WHERE b.version = (SELECT MAX(version) FROM budget_version m WHERE m.budget_id = b.budget_id) "
                + "ORDER BY b.budget_id").query(BudgetStore::map).list();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getString("budget_id"), rs.getInt("version"), rs.getString("data"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
