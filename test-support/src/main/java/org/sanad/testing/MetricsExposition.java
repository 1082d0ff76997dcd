package org.sanad.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A service's Prometheus exposition ({@code /q/metrics} on its management port) written to
 * {@value #FILE} under the module, where deployment-tests' MetricsCatalogTest reads it to check
 * that every metric the alert rules and dashboards name is one the service exports.
 */
public final class MetricsExposition {

    /** Where the exposition is written, relative to the module (the tests' working directory). */
    public static final String FILE = "target/metrics/exposition.txt";

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private MetricsExposition() {
    }

    /** Reads the exposition now, writes it to {@value #FILE} and answers it. */
    public static String written() throws IOException {
        String exposition = Management.request().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Path file = Path.of(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, exposition);
        return exposition;
    }

    /** Whether a line of the exposition starts with {@code series} (a name and, if any, its labels' opening). */
    public static boolean exports(String exposition, String series) {
        return exposition.lines().anyMatch(line -> line.startsWith(series));
    }

    /** Whether the exposition holds an identifier in a label or name: raw paths instead of templates. */
    public static boolean holdsIdentifiers(String exposition) {
        return UUID.matcher(exposition).find();
    }
}
