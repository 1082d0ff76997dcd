package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What can and cannot be done to a service's audit log from outside the service: as the service's
 * own database role nothing but insert and read; as a superuser anything, which the hash chain's
 * verifier must then find.
 */
public final class AuditLogTampering implements AutoCloseable {

    /** The superuser the tests tamper as ({@code -Dsanad.test.superuser}); trust authentication on 127.0.0.1. */
    private static final String SUPERUSER = System.getProperty("sanad.test.superuser", "postgres");

    /** A checkpoint far past the chain's head: a walk starting there would skip every change before it. */
    public static final String FAKE_CHECKPOINT = "INSERT INTO audit_chain_checkpoint (chain_seq, entry_hash, verified_at, "
            + "full_walk) VALUES (9000000000000, repeat('0', 64), now(), false)";

    private final Connection superuser;

    private AuditLogTampering(Connection superuser) {
        this.superuser = superuser;
    }

    /** A superuser's session on the service's database, with triggers off as only a superuser may. */
    public static AuditLogTampering asSuperuser(String jdbcUrl) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, SUPERUSER, System.getProperty("sanad.test.superuser-password", ""));
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        }
        return new AuditLogTampering(connection);
    }

    public int execute(String sql) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        superuser.close();
    }

    /**
     * The service's own role can neither change, delete nor truncate an audit entry or checkpoint,
     * nor insert a checkpoint (SQLSTATE 42501): only the database's walk records one.
     */
    public static void assertTheServiceCannotRewriteIt(DataSource service) throws SQLException {
        try (Connection connection = service.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit_entry (occurred_at, actor_subject, actor_roles, action, record_type, "
                    + "record_id, outcome) VALUES (now(), 'test', 'test', 'test.write', 'test', 'append-only', 'SUCCESS')");
            for (String change : new String[] { "UPDATE audit_entry SET actor_subject = 'someone-else'",
                    "UPDATE audit_entry SET chain_seq = NULL", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                    // nor move the checkpoints a walk starts from, nor make one up far ahead of the chain
                    "UPDATE audit_chain_checkpoint SET entry_hash = repeat('0', 64)", "DELETE FROM audit_chain_checkpoint",
                    "TRUNCATE audit_chain_checkpoint", FAKE_CHECKPOINT }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertEquals("42501", refused.getSQLState(), change + ": " + refused.getMessage());
            }
        }
    }
}
