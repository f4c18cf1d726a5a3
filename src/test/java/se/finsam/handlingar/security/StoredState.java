package se.finsam.handlingar.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Everything a service stores, reduced to a row count and an order-independent hash per table and a size and
 * modification time per file under its data directory (the embedded database's own files left out: they change on
 * every write and are covered by the tables). Two snapshots that are equal mean nothing was stored in between.
 */
final class StoredState {

    record Table(long rows, long hash) {
    }

    record Snapshot(Map<String, Table> tables, Map<String, String> files) {

        /** What differs from an earlier snapshot, e.g. {@code table meeting: 3 rows → 4 rows}; empty when equal. */
        List<String> changesSince(Snapshot before) {
            List<String> changes = new ArrayList<>();
            diff(before.tables, tables, "table ", changes);
            diff(before.files, files, "file ", changes);
            return changes;
        }

        private static <V> void diff(Map<String, V> before, Map<String, V> after, String what, List<String> changes) {
            for (String key : union(before, after)) {
                V was = before.get(key);
                V is = after.get(key);
                if (!Objects.equals(was, is)) {
                    changes.add(what + key + ": " + was + " → " + is);
                }
            }
        }

        private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
            TreeMap<String, Boolean> keys = new TreeMap<>();
            a.keySet().forEach(k -> keys.put(k, true));
            b.keySet().forEach(k -> keys.put(k, true));
            return List.copyOf(keys.keySet());
        }
    }

    private final DataSource dataSource;
    private final Path dataDir;

    StoredState(DataSource dataSource, Path dataDir) {
        this.dataSource = dataSource;
        this.dataDir = dataDir;
    }

    Snapshot snapshot() {
        return new Snapshot(tables(), files());
    }

    private Map<String, Table> tables() {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                tables.put(name, table(connection, name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored state", e);
        }
        return tables;
    }

    private static Table table(Connection connection, String name) throws SQLException {
        long rows = 0;
        long hash = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM \"" + name.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                MessageDigest digest = sha256();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    byte[] bytes = value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                    digest.update(bytes);
                    digest.update((byte) 0);
                }
                byte[] row = digest.digest();
                long rowHash = 0;
                for (int i = 0; i < 8; i++) {
                    rowHash = rowHash << 8 | (row[i] & 0xFF);
                }
                hash += rowHash;   // a sum: the same rows in any order give the same hash
                rows++;
            }
        }
        return new Table(rows, hash);
    }

    private Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String name = dataDir.relativize(file).toString();
                if (name.startsWith("handlingar.") && (name.endsWith(".db") || name.endsWith(".trace.db"))) {
                    return;
                }
                try {
                    files.put(name, Files.size(file) + " bytes, " + Files.getLastModifiedTime(file).toMillis());
                } catch (IOException gone) {
                    files.put(name, "unreadable");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
