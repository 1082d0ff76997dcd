package org.sanad.complaints;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.restassured.RestAssured;

/**
 * An HTTP/1.1 request written byte for byte on a socket: header values no client library sends
 * (non-ASCII, malformed lengths), from any local address.
 */
final class RawHttp {

    /** What came back: the status and the rest of the response as text. */
    record Answer(int status, String text) {
    }

    private RawHttp() {
    }

    /** {@code headers} are whole lines ({@code Name: value}), written as ISO-8859-1 bytes, or as UTF-8 when they hold more. */
    static Answer send(String method, String path, List<String> headers, byte[] body) throws IOException {
        return sendFrom("127.0.0.1", method, path, headers, body);
    }

    static Answer sendFrom(String localAddress, String method, String path, List<String> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port,
                InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            List<String> lines = new ArrayList<>();
            lines.add(method + " " + path + " HTTP/1.1");
            lines.add("Host: localhost");
            lines.add("Connection: close");
            lines.addAll(headers);
            if (body != null && headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Content-Length:", 0, 15))) {
                lines.add("Content-Length: " + body.length);
            }
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            for (String line : lines) {
                boolean latin1 = line.chars().allMatch(c -> c < 256);
                request.writeBytes(line.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                request.writeBytes(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = text.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ");
            return new Answer(parts.length > 1 ? Integer.parseInt(parts[1]) : -1, text);
        }
    }
}
