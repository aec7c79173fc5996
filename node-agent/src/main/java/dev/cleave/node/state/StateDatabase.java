package dev.cleave.node.state;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database that state is written through to: one table {@code cleave_state(map_name,
 * entry_key, entry_value)} over one connection. Tested with H2 (the embedded default) and
 * PostgreSQL; every statement is plain SQL. Calls are serialized on the connection; each write commits on its own.
 */
final class StateDatabase implements AutoCloseable {
    private final Connection connection;

    private StateDatabase(Connection connection) {
        this.connection = connection;
    }

    static StateDatabase open(String jdbcUrl) {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl);
            // PostgreSQL calls its binary type BYTEA; H2 and most others BLOB
            String binary = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "BYTEA" : "BLOB";
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS cleave_state (map_name VARCHAR(200) NOT NULL, "
                        + "entry_key VARCHAR(600) NOT NULL, entry_value " + binary + " NOT NULL, PRIMARY KEY (map_name, entry_key))");
            }
            return new StateDatabase(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the state database " + jdbcUrl + ": " + e.getMessage()
                    + " — check state.jdbcUrl or state.dataDir in the service file", e);
        }
    }

    synchronized List<String> mapNames() {
        return strings("SELECT DISTINCT map_name FROM cleave_state", null);
    }

    synchronized List<String> keys(String map) {
        return strings("SELECT entry_key FROM cleave_state WHERE map_name = ?", map);
    }

    synchronized Map<String, byte[]> load(String map, Collection<String> keys) {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry_value FROM cleave_state WHERE map_name = ? AND entry_key = ?")) {
            for (String key : keys) {
                select.setString(1, map);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        found.put(key, row.getBytes(1));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read", map, e);
        }
    }

    synchronized void store(String map, Map<String, byte[]> entries) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE cleave_state SET entry_value = ? WHERE map_name = ? AND entry_key = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO cleave_state (map_name, entry_key, entry_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                update.setBytes(1, entry.getValue());
                update.setString(2, map);
                update.setString(3, entry.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setString(1, map);
                    insert.setString(2, entry.getKey());
                    insert.setBytes(3, entry.getValue());
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw failure("write", map, e);
        }
    }

    synchronized void delete(String map, Collection<String> keys) {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM cleave_state WHERE map_name = ? AND entry_key = ?")) {
            for (String key : keys) {
                delete.setString(1, map);
                delete.setString(2, key);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("delete", map, e);
        }
    }

    private List<String> strings(String sql, String parameter) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw failure("read", parameter == null ? "the map list" : parameter, e);
        }
    }

    private static IllegalStateException failure(String what, String map, SQLException e) {
        return new IllegalStateException("state database: cannot " + what + " " + map + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("state database: cannot close: " + e.getMessage(), e);
        }
    }
}
