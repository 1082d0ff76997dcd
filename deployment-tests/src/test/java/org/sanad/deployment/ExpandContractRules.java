package org.sanad.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a Flyway migration breaks a rolling upgrade, where the previous release's pods run on the
 * migrated schema until the roll ends, and again after a rollback (docs/operations/upgrades.md): a
 * statement that takes away or changes what the old code reads and writes, constrains what it
 * writes, or locks a table in use for the length of an index build. Each finding is a short key, {@code <rule> <object>},
 * which the reviewed exceptions name.
 *
 * <p>The statements are read as PostgreSQL would split them, after comments, quoted strings and
 * dollar-quoted bodies (functions, DO blocks) are taken out; a module's migrations are read in
 * Flyway's version order, so that {@code SET NOT NULL} is accepted after the pattern that makes it
 * safe: a {@code CHECK (c IS NOT NULL) NOT VALID} constraint added by an earlier migration and
 * validated by then.
 */
final class ExpandContractRules {

    /** One migration of a module: its name (for the messages), its version, its SQL. */
    record Migration(String name, List<Integer> version, String sql) {
    }

    /** A statement that breaks expand/contract: the key the exceptions name, and why it is flagged. */
    record Finding(String migration, String key, String why) {
        @Override
        public String toString() {
            return migration + ": " + key + " (" + why + ")";
        }
    }

    private static final Pattern VERSION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.+\\.sql$");
    private static final Pattern DOLLAR_QUOTED = Pattern.compile("\\$([A-Za-z_]*)\\$.*?\\$\\1\\$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\n]*");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private static final String NAME = "(?:\"?[a-z_][a-z0-9_$]*\"?\\.)?\"?([a-z_][a-z0-9_$]*)\"?";
    private static final Pattern CREATE_TABLE = Pattern.compile("^create (?:unlogged )?table (?:if not exists )?" + NAME);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^create (?:unique )?index (concurrently )?(?:if not exists )?(?:" + NAME + " )?on (?:only )?" + NAME);
    private static final Pattern DROP_TABLE = Pattern.compile("^drop table (?:if exists )?(.+?)(?: cascade| restrict)?$");
    private static final Pattern ALTER_TABLE = Pattern.compile("^alter table (?:if exists )?(?:only )?" + NAME + " (.+)$");
    private static final Pattern ALTER_TYPE_RENAME = Pattern.compile("^alter type " + NAME + " rename (.+)$");
    private static final Pattern DROP_COLUMN = Pattern.compile("^drop (?:column )?(?:if exists )?\"?([a-z_][a-z0-9_$]*)\"?");
    private static final Pattern RENAME = Pattern.compile("^rename (?:column )?\"?([a-z_][a-z0-9_$]*)\"? to ");
    private static final Pattern RENAME_TABLE = Pattern.compile("^rename to ");
    private static final Pattern RETYPE = Pattern.compile("^alter (?:column )?\"?([a-z_][a-z0-9_$]*)\"? (?:set data )?type ");
    private static final Pattern SET_NOT_NULL = Pattern.compile("^alter (?:column )?\"?([a-z_][a-z0-9_$]*)\"? set not null");
    private static final Pattern ADD_COLUMN = Pattern.compile("^add (?:column )?(?:if not exists )?\"?([a-z_][a-z0-9_$]*)\"? (.+)$");
    private static final Pattern NOT_NULL_CHECK = Pattern.compile(
            "^add constraint \"?([a-z_][a-z0-9_$]*)\"? check \\(\\(?\"?([a-z_][a-z0-9_$]*)\"? is not null\\)?\\) not valid$");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile(
            "^add constraint \"?([a-z_][a-z0-9_$]*)\"? (check|foreign key|unique|primary key|exclude)");
    private static final Pattern VALIDATE = Pattern.compile("^validate constraint \"?([a-z_][a-z0-9_$]*)\"?$");
    private static final Pattern CONCURRENT_INDEX = Pattern.compile("^(?:create (?:unique )?|drop |reindex )index concurrently ");

    private ExpandContractRules() {
    }

    /** A migration file's Flyway version ({@code V12__x.sql} -> [12], {@code V0_29_3__x.sql} -> [0, 29, 3]); null if it is none. */
    static List<Integer> version(String fileName) {
        Matcher matcher = VERSION.matcher(fileName);
        if (!matcher.matches()) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : matcher.group(1).split("[._]")) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int difference = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** The findings of one module's migrations, read in version order. */
    static List<Finding> check(List<Migration> migrations) {
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort((a, b) -> compare(a.version(), b.version()));
        // "table.constraint" -> the column a NOT VALID "IS NOT NULL" check covers; and those validated so far
        Map<String, String> notNullChecks = new HashMap<>();
        Set<String> validated = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Migration migration : ordered) {
            Set<String> createdHere = new HashSet<>();
            Map<String, String> checksHere = new HashMap<>();
            List<String> statements = statements(migration.sql());
            boolean concurrent = statements.stream().anyMatch(s -> CONCURRENT_INDEX.matcher(s).find());
            for (String statement : statements) {
                if (concurrent && !CONCURRENT_INDEX.matcher(statement).find()) {
                    findings.add(new Finding(migration.name(), "concurrently-mixed " + migration.name(),
                            "an index built CONCURRENTLY runs outside a transaction: its migration holds nothing else"));
                    concurrent = false;
                }
                Matcher created = CREATE_TABLE.matcher(statement);
                if (created.find()) {
                    createdHere.add(created.group(1));
                    continue;
                }
                Matcher index = CREATE_INDEX.matcher(statement);
                if (index.find()) {
                    if (index.group(1) == null && !createdHere.contains(index.group(3))) {
                        String name = index.group(2) != null ? index.group(2) : "on " + index.group(3);
                        findings.add(new Finding(migration.name(), "index-not-concurrent " + name,
                                "builds on " + index.group(3) + ", a table in use, without CONCURRENTLY: writes wait for the build"));
                    }
                    continue;
                }
                Matcher dropped = DROP_TABLE.matcher(statement);
                if (dropped.find()) {
                    for (String table : dropped.group(1).split(",")) {
                        String name = table.strip().replaceAll("^.*\\.", "").replace("\"", "");
                        if (!createdHere.contains(name)) {
                            findings.add(new Finding(migration.name(), "drop-table " + name, "the previous release may still use it"));
                        }
                    }
                    continue;
                }
                Matcher enumRename = ALTER_TYPE_RENAME.matcher(statement);
                if (enumRename.find()) {
                    findings.add(new Finding(migration.name(), "rename type " + enumRename.group(1),
                            "the previous release reads and writes the old name"));
                    continue;
                }
                Matcher altered = ALTER_TABLE.matcher(statement);
                if (!altered.find()) {
                    continue;
                }
                String table = altered.group(1);
                if (createdHere.contains(table)) {
                    continue; // a table this migration made: no release has used it yet
                }
                for (String action : actions(altered.group(2))) {
                    Matcher matcher;
                    if ((matcher = DROP_COLUMN.matcher(action)).find() && !action.startsWith("drop constraint")
                            && !action.startsWith("drop default") && !action.startsWith("drop not null")) {
                        findings.add(new Finding(migration.name(), "drop-column " + table + "." + matcher.group(1),
                                "the previous release still reads or writes it"));
                    } else if (RENAME_TABLE.matcher(action).find()) {
                        findings.add(new Finding(migration.name(), "rename " + table, "the previous release uses the old name"));
                    } else if ((matcher = RENAME.matcher(action)).find() && !action.startsWith("rename constraint")) {
                        findings.add(new Finding(migration.name(), "rename " + table + "." + matcher.group(1),
                                "the previous release uses the old name"));
                    } else if ((matcher = RETYPE.matcher(action)).find()) {
                        findings.add(new Finding(migration.name(), "retype " + table + "." + matcher.group(1),
                                "a new type the previous release may not write or read; most changes rewrite the table under a lock"));
                    } else if ((matcher = SET_NOT_NULL.matcher(action)).find()) {
                        String column = matcher.group(1);
                        boolean prepared = notNullChecks.entrySet().stream().anyMatch(c -> c.getKey().startsWith(table + ".")
                                && c.getValue().equals(column) && validated.contains(c.getKey()));
                        if (!prepared) {
                            findings.add(new Finding(migration.name(), "set-not-null " + table + "." + column,
                                    "without a validated CHECK (" + column + " IS NOT NULL) from an earlier migration: the previous "
                                            + "release may write nulls, and the whole table is scanned under a lock"));
                        }
                    } else if ((matcher = ADD_COLUMN.matcher(action)).find() && !action.startsWith("add constraint")) {
                        String definition = matcher.group(2);
                        if (definition.contains("not null") && !definition.contains("default ")
                                && !definition.contains("generated ")) {
                            findings.add(new Finding(migration.name(), "add-not-null-without-default " + table + "." + matcher.group(1),
                                    "the previous release's inserts do not name it and fail"));
                        }
                    } else if ((matcher = NOT_NULL_CHECK.matcher(action)).find()) {
                        checksHere.put(table + "." + matcher.group(1), matcher.group(2));
                    } else if ((matcher = ADD_CONSTRAINT.matcher(action)).find()) {
                        findings.add(new Finding(migration.name(), "add-constraint " + table + "." + matcher.group(1),
                                "a new " + matcher.group(2) + " on rows the previous release writes: it may refuse them"));
                    } else if ((matcher = VALIDATE.matcher(action)).find()) {
                        validated.add(table + "." + matcher.group(1));
                    }
                }
            }
            notNullChecks.putAll(checksHere);
        }
        return findings;
    }

    /** The statements of a migration, lower case, one space between words, without comments and quoted text. */
    static List<String> statements(String sql) {
        String text = BLOCK_COMMENT.matcher(sql).replaceAll(" ");
        text = LINE_COMMENT.matcher(text).replaceAll(" ");
        text = DOLLAR_QUOTED.matcher(text).replaceAll("\\$body\\$");
        text = QUOTED.matcher(text).replaceAll("''");
        List<String> statements = new ArrayList<>();
        for (String statement : text.split(";")) {
            String normalised = statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
                    .replace("( ", "(").replace(" )", ")");
            if (!normalised.isEmpty()) {
                statements.add(normalised);
            }
        }
        return statements;
    }

    /** The comma-separated actions of an ALTER TABLE, split outside parentheses. */
    private static List<String> actions(String text) {
        List<String> actions = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                actions.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        actions.add(text.substring(start).strip());
        return actions;
    }
}
