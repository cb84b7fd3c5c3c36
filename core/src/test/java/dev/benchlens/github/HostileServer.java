package dev.benchlens.github;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP/1.1 server that answers as a test tells it to, byte for byte: headers GitHub would never send,
 * bodies that never end or come a byte at a time, links and redirects anywhere. It speaks raw sockets because the
 * JDK's own server refuses to send malformed headers. No test touches the network.
 */
public final class HostileServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(String path, Map<String, String> headers) {
        public String authorization() {
            return headers.get("authorization");
        }
    }

    /** Writes the whole answer (status line, headers, body) to {@code out}; may block or never end. */
    @FunctionalInterface
    public interface Handler {
        void answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public HostileServer(Handler handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("hostile-server").start(this::serve);
    }

    public URI api() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    public List<Request> requests() {
        return requests;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> handle(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket connection) {
        try (connection) {
            var in =
                    new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            while (true) { // keep-alive: the client may send several requests on one connection
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    return;
                }
                String path = line.split(" ", 3)[1];
                Map<String, String> headers = new HashMap<>();
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    int colon = header.indexOf(':');
                    headers.put(
                            header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).strip());
                }
                Request request = new Request(path, headers);
                requests.add(request);
                handler.answer(request, out);
                out.flush();
            }
        } catch (IOException e) {
            // the client hung up, as it should on a hostile answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A whole answer with a body and its length, plus any raw header lines. */
    public static void send(OutputStream out, int status, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Content-Type: application/json\r\nContent-Length: ")
                .append(bytes.length)
                .append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    /** Starts a chunked answer; the caller writes chunks with {@link #chunk}. */
    public static void startChunked(OutputStream out, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    public static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** A page of runs in GitHub's shape, each {@code {"id": N, ...fields}}. */
    public static String runsPage(String... runs) {
        return "{\"total_count\":" + runs.length + ",\"workflow_runs\":[" + String.join(",", runs) + "]}";
    }

    public static String run(long id, String branch, String createdAt) {
        return "{\"id\":" + id + ",\"name\":\"bench\",\"head_branch\":" + json(branch)
                + ",\"head_sha\":\"0123456789abcdef\",\"event\":\"push\",\"conclusion\":\"success\",\"html_url\":"
                + "\"https://github.com/acme/kernels/actions/runs/" + id + "\",\"created_at\":" + json(createdAt) + "}";
    }

    /** A JSON string literal for {@code text}, control characters escaped as JSON allows. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
