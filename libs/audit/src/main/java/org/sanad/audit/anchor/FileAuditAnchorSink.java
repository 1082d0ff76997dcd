package org.sanad.audit.anchor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Anchors as files, {@code <directory>/<service>/<name>}, on a volume mounted into the service's
 * pods and not into the database's. Each file is written beside its place and moved there at once,
 * so a reader never sees half an anchor.
 */
@ApplicationScoped
@LookupIfProperty(name = "sanad.audit.anchor.sink", stringValue = "file")
public class FileAuditAnchorSink implements AuditAnchorSink {

    @Inject
    AuditAnchorConfig config;

    @Override
    public void write(String service, String name, byte[] anchor) {
        try {
            Path folder = Files.createDirectories(folder(service));
            Path written = Files.write(folder.resolve(name + ".writing"), anchor);
            Files.move(written, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<byte[]> first(String service, int count) {
        Path folder = folder(service);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(AuditAnchors.SUFFIX))
                    .sorted().limit(count).map(FileAuditAnchorSink::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String service) {
        return config.directory().orElseThrow(() -> new IllegalStateException(
                "sanad.audit.anchor.sink=file needs sanad.audit.anchor.directory")).resolve(service);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
