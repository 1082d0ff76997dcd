package org.sanad.evidence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.lookup.LookupUnlessProperty;

/**
 * Segments as rows of {@code evidence_segment}, each written in a statement of its own on a
 * connection taken only for it (no transaction waits on a slow client). They cascade with their
 * object's row.
 */
@ApplicationScoped
@LookupUnlessProperty(name = "sanad.evidence-store.kind", stringValue = "s3")
public class DatabaseSegments implements SegmentStorage {

    @Inject
    DataSource dataSource;

    @Override
    public String kind() {
        return "database";
    }

    @Override
    public void put(UUID objectId, int segment, byte[] sealed) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO evidence_segment (object_id, seq, ciphertext) VALUES (?, ?, ?)")) {
            insert.setObject(1, objectId);
            insert.setInt(2, segment);
            insert.setBytes(3, sealed);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] get(UUID objectId, int segment) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT ciphertext FROM evidence_segment WHERE object_id = ? AND seq = ?")) {
            select.setObject(1, objectId);
            select.setInt(2, segment);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new EvidenceIntegrityException("segment " + segment + " of evidence object " + objectId + " is missing");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void deleteAll(UUID objectId) {
        // the segments cascade with the object's row
    }

    @Override
    public boolean deletedWithTheRow() {
        return true;
    }
}
