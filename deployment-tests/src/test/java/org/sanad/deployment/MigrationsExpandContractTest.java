package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanad.deployment.ExpandContractRules.Finding;
import org.sanad.deployment.ExpandContractRules.Migration;

/**
 * Every migration of the services and the shared modules (and the e2e's upgrade migration) only
 * expands the schema, so that the previous release keeps running on it during a rolling upgrade and
 * after a rollback (docs/operations/upgrades.md); a migration that does more is named, with the
 * reason it was safe, in {@code expand-contract-exceptions.tsv}, which a reviewer reads.
 */
class MigrationsExpandContractTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXCEPTIONS = Path.of("src/test/resources/expand-contract-exceptions.tsv");

    @Test
    void everyMigrationOnlyExpandsTheSchemaOrIsAReviewedException() throws IOException {
        Map<String, String> exceptions = exceptions();
        List<String> unreviewed = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (Finding finding : findings()) {
            String key = finding.migration() + "\t" + finding.key();
            if (exceptions.containsKey(key)) {
                matched.add(key);
            } else {
                unreviewed.add(finding.toString());
            }
        }
        assertTrue(unreviewed.isEmpty(), "migrations that break a rolling upgrade (expand now, contract a release later: "
                + "docs/operations/upgrades.md; or add a reviewed line with the reason to " + EXCEPTIONS + "):\n  "
                + String.join("\n  ", unreviewed));
        List<String> stale = exceptions.keySet().stream().filter(k -> !matched.contains(k)).toList();
        assertTrue(stale.isEmpty(), "exceptions that match no migration any more (remove them): " + stale);
    }

    @Test
    void everyExceptionGivesItsReason() throws IOException {
        exceptions().forEach((key, reason) -> assertTrue(reason.length() >= 20, "an exception without a reason: " + key));
    }

    @Test
    void theModulesMigrationsAreFound() throws IOException {
        Map<Path, List<Migration>> modules = modules();
        for (String module : List.of("complaints-service", "cases-service", "referrals-service", "libs/audit",
                "libs/evidence", "libs/officers", "libs/idempotency", "e2e")) {
            assertTrue(modules.keySet().stream().anyMatch(folder -> folder.startsWith(module)),
                    "no migrations read under " + module + ": " + modules.keySet());
        }
    }

    // the rules, each on a statement of its own: a migration like it fails the build

    @Test
    void droppingRenamingOrRetypingAColumnOfATableInUseIsFlagged() {
        assertEquals(List.of("drop-column complaint.narrative", "rename complaint.status", "retype complaint.priority_score",
                "rename complaint", "drop-table supplement", "add-not-null-without-default complaint.channel",
                "rename type complaint_status", "add-constraint complaint.complaint_channel_known"),
                keys("""
                        ALTER TABLE complaint DROP COLUMN narrative;
                        ALTER TABLE complaint RENAME COLUMN status TO state;
                        alter table complaint alter column priority_score type bigint using priority_score::bigint;
                        ALTER TABLE complaint RENAME TO report;
                        DROP TABLE supplement;
                        ALTER TABLE complaint ADD COLUMN channel varchar(16) NOT NULL;
                        ALTER TYPE complaint_status RENAME VALUE 'NEW' TO 'SUBMITTED';
                        ALTER TABLE complaint ADD CONSTRAINT complaint_channel_known CHECK (channel IN ('SMS')) NOT VALID;
                        """));
    }

    @Test
    void addingANullableColumnOrOneWithADefaultATableAndItsIndexesIsAnExpansion() {
        assertEquals(List.of(), keys("""
                -- a comment's DROP COLUMN and a string's ; are not statements
                ALTER TABLE complaint ADD COLUMN channel varchar(16) CHECK (channel <> ';DROP COLUMN x'),
                    ADD COLUMN counted boolean NOT NULL DEFAULT false;
                CREATE TABLE complaint_tag (complaint_id uuid NOT NULL, tag varchar(32) NOT NULL);
                CREATE INDEX complaint_tag_idx ON complaint_tag (tag);
                ALTER TABLE complaint_tag ALTER COLUMN tag TYPE text;
                CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN DROP TABLE x; RETURN NEW; END $$ LANGUAGE plpgsql;
                """));
    }

    @Test
    void anIndexOnATableInUseIsBuiltConcurrentlyInAMigrationOfItsOwn() {
        assertEquals(List.of("index-not-concurrent complaint_channel_idx"),
                keys("CREATE INDEX complaint_channel_idx ON complaint (channel);"));
        assertEquals(List.of(), keys("CREATE INDEX CONCURRENTLY IF NOT EXISTS complaint_channel_idx ON complaint (channel);"));
        assertEquals(List.of("concurrently-mixed V2__x.sql"), keys("""
                ALTER TABLE complaint ADD COLUMN channel varchar(16);
                CREATE INDEX CONCURRENTLY complaint_channel_idx ON complaint (channel);
                """));
        assertEquals(List.of("concurrently-mixed V2__x.sql"), keys("""
                SET lock_timeout = '5s';
                CREATE INDEX CONCURRENTLY complaint_channel_idx ON complaint (channel);
                """), "Flyway runs a SET in a transaction, and refuses it beside the index");
    }

    @Test
    void setNotNullIsFlaggedUnlessAValidatedCheckFromAnEarlierMigrationPreparedIt() {
        assertEquals(List.of("set-not-null complaint.channel"), keys("ALTER TABLE complaint ALTER COLUMN channel SET NOT NULL;"));
        List<Migration> prepared = List.of(
                new Migration("V1__x.sql", List.of(1),
                        "ALTER TABLE complaint ADD CONSTRAINT complaint_channel_set CHECK (channel IS NOT NULL) NOT VALID;"),
                new Migration("V2__x.sql", List.of(2), "ALTER TABLE complaint VALIDATE CONSTRAINT complaint_channel_set;"),
                new Migration("V3__x.sql", List.of(3), "ALTER TABLE complaint ALTER COLUMN channel SET NOT NULL;"));
        assertEquals(List.of(), ExpandContractRules.check(prepared));
        assertEquals(List.of("set-not-null complaint.channel"), ExpandContractRules.check(List.of(prepared.get(0), prepared.get(2)))
                .stream().map(Finding::key).toList(), "a check never validated prepares nothing");
    }

    @Test
    void aModulesMigrationsAreReadInFlywaysVersionOrder() {
        assertEquals(List.of(0, 29, 3), ExpandContractRules.version("V0_29_3__outbox_refusals_counted.sql"));
        assertTrue(ExpandContractRules.compare(ExpandContractRules.version("V9__a.sql"), ExpandContractRules.version("V10__b.sql")) < 0);
        assertTrue(ExpandContractRules.compare(ExpandContractRules.version("V29_3__a.sql"), ExpandContractRules.version("V29__b.sql")) > 0);
    }

    /** One migration's findings, as a module of its own whose tables all exist already. */
    private static List<String> keys(String sql) {
        return ExpandContractRules.check(List.of(new Migration("V2__x.sql", List.of(2), sql))).stream().map(Finding::key).toList();
    }

    private static List<Finding> findings() throws IOException {
        List<Finding> findings = new ArrayList<>();
        modules().forEach((folder, migrations) -> ExpandContractRules.check(migrations).stream()
                .map(f -> new Finding(folder.resolve(f.migration()).toString(), f.key(), f.why())).forEach(findings::add));
        return findings;
    }

    /**
     * The migration folders (a service's or shared module's {@code src/main/resources/db/*}, the e2e's
     * upgrade migration), each with its versioned migrations; repeatable ones (R__) only replace functions.
     */
    static Map<Path, List<Migration>> modules() throws IOException {
        Map<Path, List<Migration>> modules = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> top = Files.list(ROOT)) {
            top.filter(Files::isDirectory).forEach(roots::add);
        }
        try (Stream<Path> libs = Files.list(ROOT.resolve("libs"))) {
            libs.filter(Files::isDirectory).forEach(roots::add);
        }
        for (Path module : roots) {
            for (Path base : List.of(module.resolve("src/main/resources/db"), module.resolve("src/test/resources/upgrade"))) {
                if (!Files.isDirectory(base)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(base)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        List<Integer> version = ExpandContractRules.version(file.getFileName().toString());
                        if (version != null) {
                            modules.computeIfAbsent(ROOT.relativize(file.getParent()), k -> new ArrayList<>())
                                    .add(new Migration(file.getFileName().toString(), version, Files.readString(file)));
                        }
                    }
                }
            }
        }
        return modules;
    }

    /** {@code migration <TAB> finding <TAB> reason}, one a line; # starts a comment line. */
    private static Map<String, String> exceptions() throws IOException {
        Map<String, String> exceptions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXCEPTIONS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            assertEquals(3, columns.length, "not migration<TAB>finding<TAB>reason: " + line);
            assertTrue(exceptions.put(columns[0] + "\t" + columns[1], columns[2]) == null, "named twice: " + line);
        }
        return exceptions;
    }
}
