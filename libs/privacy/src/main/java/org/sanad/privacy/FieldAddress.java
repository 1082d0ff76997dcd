package org.sanad.privacy;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value is kept: its table, its column and its row, the row named by its
 * primary key as {@code column=value} pairs in the order of their column names, joined by
 * {@code /} ({@code id=5f0c…}, {@code number=2/referral_id=5f0c…}). A value is sealed to its address,
 * so one copied to another row or column no longer opens.
 */
public record FieldAddress(String table, String column, String row) {

    byte[] associatedData(String purpose) {
        return (purpose + '\0' + table + '\0' + column + '\0' + row).getBytes(StandardCharsets.UTF_8);
    }

    /** As the audit log records it: never the value, only where it is. */
    @Override
    public String toString() {
        String where = table + "." + column + " " + row;
        return where.length() <= 100 ? where : where.substring(0, 99) + "…";
    }
}
