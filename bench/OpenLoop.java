import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: requests sent at a fixed rate whatever the service's answers take, the latency
 * of each measured from the moment it was due to be sent, so a stall is counted in every request
 * it held back (no coordinated omission, as wrk2 measures; wrk keeps a fixed number of requests in
 * flight and would hide it). At most {@code connections} requests are in flight; when all are
 * busy the next requests wait and their waiting counts in their latency.
 *
 * <p>Run with the JDK's source launcher, localhost only, bounded in time:
 * {@code TOKEN=... java bench/OpenLoop.java <url> <rate per second> <seconds> <connections> [body file]}
 * (with a body file: a POST of JSON). Prints one line: the rate asked, the rate achieved, the
 * requests, the non-2xx answers and failures, p50 / p90 / p99 / max in milliseconds.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: TOKEN=... java bench/OpenLoop.java <url> <rate> <seconds> <connections> [body file]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        if (!"localhost".equals(url.getHost()) && !"127.0.0.1".equals(url.getHost())) {
            throw new IllegalArgumentException("localhost only: " + url);
        }
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        if (!(rate > 0) || seconds <= 0 || connections <= 0) {
            throw new IllegalArgumentException("rate, seconds and connections must be positive");
        }
        String body = args.length > 4 ? Files.readString(Path.of(args[4])) : null;
        String token = System.getenv("TOKEN");

        // one request, written as bytes once: each sender keeps its own connection (HTTP/1.1
        // keep-alive) and reads the answer itself, so the generator's own work per request is a
        // write and a read, as small as wrk's, and leaves the two cores to the service
        String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = (body == null ? "GET " : "POST ") + target + " HTTP/1.1\r\nHost: " + url.getHost() + ":"
                + url.getPort() + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + payload.length + "\r\n")
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + payload.length);
        System.arraycopy(payload, 0, request, headBytes.length, payload.length);

        int total = (int) Math.ceil(rate * seconds);
        long period = (long) (1_000_000_000L / rate);
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        long start = System.nanoTime() + 200_000_000L;
        Thread[] senders = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            senders[c] = new Thread(() -> {
                Socket socket = null;
                InputStream in = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * period;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (socket == null) {
                            socket = new Socket(url.getHost(), url.getPort());
                            socket.setTcpNoDelay(true);
                            socket.setSoTimeout(30_000);
                            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                        }
                        if (!exchange(socket.getOutputStream(), in, request)) {
                            rejected.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        close(socket);
                        socket = null;
                    }
                    long done = System.nanoTime();
                    latencies[i] = done - due;
                    lastDone.accumulateAndGet(done, Math::max);
                }
                close(socket);
            });
            senders[c].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        Arrays.sort(latencies);
        double took = (lastDone.get() - start) / 1e9;
        System.out.printf("asked %.0f req/s, achieved %.0f req/s, %d requests, %d non-2xx, %d failed,"
                        + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                rate, total / took, total, rejected.get(), failed.get(), percentile(latencies, 50),
                percentile(latencies, 90), percentile(latencies, 99), latencies[total - 1] / 1e6);
    }

    /** Sends the request and reads the whole answer; true when it was a 2xx. */
    private static boolean exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line(in);
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 10) {
            throw new IOException("not an HTTP answer: " + status);
        }
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                throw new IOException("the service closed the connection");
            }
        }
        if (chunked) {
            for (long chunk = Long.parseLong(line(in).split(";")[0].trim(), 16); chunk > 0;
                    chunk = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                in.skipNBytes(chunk);
                line(in);
            }
            line(in);
        } else {
            in.skipNBytes(length);
        }
        return status.charAt(9) == '2';
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended inside an answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // the connection is dropped either way
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }
}
