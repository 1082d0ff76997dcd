package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every relative link of the repository's front pages and of {@code docs/} leads somewhere: a file or
 * folder that exists, and where the link names a heading, a heading of that file.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code [text](target)}, the target up to a space (a title) or the closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("//")) {
                    continue; // https:, mailto: and the like
                }
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = path.isEmpty() ? page
                        : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void theCheckFindsABrokenLink() throws IOException {
        Path page = Files.createTempFile("links", ".md");
        try {
            Files.writeString(page, "[there](./no-such-file.md) and [a heading](#nowhere)\n# Somewhere\n");
            Matcher link = LINK.matcher(Files.readString(page));
            assertTrue(link.find() && !Files.exists(page.getParent().resolve(link.group(1))));
            assertTrue(link.find() && !anchors(page).contains("nowhere") && anchors(page).contains("somewhere"));
        } finally {
            Files.delete(page);
        }
    }

    /** README.md, the other front pages at the root, and everything under docs/ and bench/README.md. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String name : List.of("README.md", "CONTRIBUTING.md", "SECURITY.md", "CHANGELOG.md", "bench/README.md")) {
            if (Files.isRegularFile(ROOT.resolve(name))) {
                pages.add(ROOT.resolve(name));
            }
        }
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The text outside fenced code blocks and inline code, where a bracket is code, not a link. */
    static String withoutCode(String markdown) {
        return outsideFences(markdown).replaceAll("`[^`]*`", "");
    }

    /** The text outside fenced code blocks. */
    static String outsideFences(String markdown) {
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line.strip()).matches()) {
                inFence = !inFence;
                continue;
            }
            if (!inFence) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as dashes. */
    static List<String> anchors(Path markdown) throws IOException {
        List<String> anchors = new ArrayList<>();
        for (String line : outsideFences(Files.readString(markdown)).split("\n")) {
            if (line.matches("^#{1,6} .*")) {
                String heading = line.replaceFirst("^#{1,6} ", "").strip().toLowerCase();
                String anchor = heading.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
                String unique = anchor;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = anchor + "-" + n;
                }
                anchors.add(unique);
            }
        }
        return anchors;
    }
}
