package org.sanad.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An image as the build writes it: a tarball of an OCI image layout (oci-layout, index.json and
 * blobs/sha256/...), read with nothing but the JDK and Jackson, as a registry or a runtime would
 * read the same bytes.
 */
final class OciImage {

    /** A file, directory or link of a tar archive, with what its header says of owner, mode and time. */
    record Entry(String path, char type, int mode, long uid, long gid, long mtime, byte[] content) {

        boolean isFile() {
            return type == '0' || type == '\0';
        }

        boolean isDirectory() {
            return type == '5';
        }

        String sha256() {
            return OciImage.sha256(content);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tarball's files by path (oci-layout, index.json, blobs/sha256/<hex>). */
    final Map<String, byte[]> files;
    final JsonNode index;
    final JsonNode manifest;
    final JsonNode config;
    /** The layers in the manifest's order, each its entries in the archive's order. */
    final List<List<Entry>> layers;

    private OciImage(Map<String, byte[]> files) throws IOException {
        this.files = files;
        this.index = JSON.readTree(require("index.json"));
        this.manifest = JSON.readTree(blob(index.path("manifests").path(0).path("digest").asText()));
        this.config = JSON.readTree(blob(manifest.path("config").path("digest").asText()));
        List<List<Entry>> read = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            read.add(entries(new GZIPInputStream(new ByteArrayInputStream(blob(layer.path("digest").asText())))));
        }
        this.layers = read;
    }

    static OciImage read(Path tarball) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(tarball)) {
            for (Entry entry : entries(in)) {
                if (entry.isFile()) {
                    files.put(entry.path().replaceFirst("^\\./", ""), entry.content());
                }
            }
        }
        return new OciImage(files);
    }

    byte[] require(String path) {
        byte[] file = files.get(path);
        if (file == null) {
            throw new IllegalStateException("no " + path + " in the image's tarball");
        }
        return file;
    }

    /** The blob of {@code digest} ("sha256:<hex>"), as stored: its name is the digest it claims. */
    byte[] blob(String digest) {
        if (!digest.startsWith("sha256:")) {
            throw new IllegalStateException("not a sha256 digest: " + digest);
        }
        return require("blobs/sha256/" + digest.substring("sha256:".length()));
    }

    /** The uncompressed bytes of the layer {@code i}, whose digest the config's rootfs.diff_ids holds. */
    byte[] uncompressedLayer(int i) throws IOException {
        try (InputStream in = new GZIPInputStream(
                new ByteArrayInputStream(blob(manifest.path("layers").path(i).path("digest").asText())))) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entries of a POSIX tar stream (ustar headers, with the pax extended headers Jib writes for
     * long paths and extra times); the content of every entry is kept.
     */
    static List<Entry> entries(InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> pax = new LinkedHashMap<>();
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || isZero(header)) {
                return entries;
            }
            char type = (char) header[156];
            long size = octal(header, 124, 12);
            byte[] content = in.readNBytes(Math.toIntExact(size));
            in.skipNBytes((512 - size % 512) % 512);
            switch (type) {
                case 'x' -> pax.putAll(paxRecords(content));
                case 'g' -> {
                    // global pax header: nothing the checks use
                }
                case 'L' -> longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                default -> {
                    String name = string(header, 0, 100);
                    String prefix = "ustar".equals(string(header, 257, 5)) ? string(header, 345, 155) : "";
                    String path = pax.getOrDefault("path", longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name);
                    long uid = pax.containsKey("uid") ? Long.parseLong(pax.get("uid")) : octal(header, 108, 8);
                    long gid = pax.containsKey("gid") ? Long.parseLong(pax.get("gid")) : octal(header, 116, 8);
                    long mtime = pax.containsKey("mtime") ? (long) Double.parseDouble(pax.get("mtime")) : octal(header, 136, 12);
                    // the permission bits only (some writers add the file type's bits above them)
                    entries.add(new Entry(path, type, (int) octal(header, 100, 8) & 07777, uid, gid, mtime, content));
                    pax.clear();
                    longName = null;
                }
            }
        }
    }

    private static Map<String, String> paxRecords(byte[] data) {
        // records are "<length> <key>=<value>\n", the length counting the whole record in bytes
        Map<String, String> records = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length) {
            int space = at;
            while (data[space] != ' ') {
                space++;
            }
            int length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
            String record = new String(data, space + 1, length - (space - at) - 2, StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            records.put(record.substring(0, equals), record.substring(equals + 1));
            at += length;
        }
        return records;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        if ((header[offset] & 0x80) != 0) {
            throw new IllegalStateException("a base-256 number in a tar header, which these images never need");
        }
        String digits = string(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
