package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's layout names every Maven module and every top-level folder, and nothing that is gone:
 * a newcomer who reads it finds every room of the house.
 */
class RepositoryLayoutTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    /** A layout entry: the first word of a line of the layout block, a folder when it ends with a slash. */
    private static final Pattern ENTRY = Pattern.compile("^(\\S+)");

    @Test
    void theLayoutNamesEveryModuleAndEveryTopLevelFolder() throws IOException {
        List<String> entries = layoutEntries();
        List<String> missing = new ArrayList<>();
        Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            if (!entries.contains(module.group(1) + "/")) {
                missing.add("module " + module.group(1));
            }
        }
        try (Stream<Path> top = Files.list(ROOT)) {
            for (Path folder : top.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(".") && !name.equals(".ci") || name.equals("target") || name.equals("node_modules")
                        || !tracked(folder)) {
                    continue;
                }
                if (entries.stream().noneMatch(e -> e.equals(name + "/") || e.startsWith(name + "/"))) {
                    missing.add("folder " + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "README.md's layout does not name: " + missing);
    }

    @Test
    void everythingTheLayoutNamesExists() throws IOException {
        List<String> gone = layoutEntries().stream().filter(e -> !Files.exists(ROOT.resolve(e))).toList();
        assertTrue(gone.isEmpty(), "README.md's layout names what is not in the tree: " + gone);
    }

    /** The first word of each line of the fenced block under "## Repository layout". */
    static List<String> layoutEntries() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("\n## Repository layout");
        assertTrue(section >= 0, "README.md has no \"## Repository layout\" section");
        int open = readme.indexOf("```", section);
        int close = readme.indexOf("```", open + 3);
        List<String> entries = new ArrayList<>();
        for (String line : readme.substring(readme.indexOf('\n', open) + 1, close).split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.find()) {
                entries.add(entry.group(1));
            }
        }
        return entries;
    }

    /** A folder with a file of the project's in it, not only build output (target/, node_modules/, .local/). */
    private static boolean tracked(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "/" + folder.relativize(f).toString().replace('\\', '/'))
                    .anyMatch(f -> !f.contains("/target/") && !f.contains("/node_modules/") && !f.contains("/.local/"));
        }
    }
}
