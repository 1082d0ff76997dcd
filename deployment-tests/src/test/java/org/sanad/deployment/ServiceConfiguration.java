package org.sanad.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration files a service's build reads, in the order their values win: the defaults of
 * each shared module the service declares in its pom ({@code libs/<module>}), then the service's own
 * {@code application.properties}.
 */
final class ServiceConfiguration {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SHARED_MODULE = Pattern.compile("<artifactId>sanad-([a-z]+)</artifactId>");

    private ServiceConfiguration() {
    }

    /** The shared modules {@code service} declares, in the pom's order. */
    static List<String> sharedModules(String service) throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher found = SHARED_MODULE.matcher(Files.readString(ROOT.resolve(service).resolve("pom.xml")));
        while (found.find()) {
            modules.add(found.group(1));
        }
        return modules;
    }

    /** The files, defaults first. */
    static List<Path> files(String service) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : sharedModules(service)) {
            Path defaults = ROOT.resolve("libs").resolve(module).resolve("src/main/resources/META-INF/microprofile-config.properties");
            if (Files.isRegularFile(defaults)) {
                files.add(defaults);
            }
        }
        files.add(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        return files;
    }

    /** The properties as the service sees them: a later file's value wins. */
    static Properties of(String service) throws IOException {
        Properties properties = new Properties();
        for (Path file : files(service)) {
            load(properties, file);
        }
        return properties;
    }

    static void load(Properties properties, Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
    }
}
