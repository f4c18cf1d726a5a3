package se.finsam.handlingar.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection, so that what the benchmark measures is the service
 * and not a client library's threads (the JDK {@code HttpClient} hands every exchange between its own threads). It
 * reads {@code Content-Length} and chunked answers and reconnects when the service closes the connection.
 */
final class KeepAliveClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final String authorization;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int connections;

    KeepAliveClient(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Response(int status, byte[] body) {
    }

    /** Sends and reads the answer; an answer of 300 or more throws with its body. */
    int send(String method, String path, byte[] body) {
        Response response = exchange(method, path, body);
        if (response.status() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.status() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** Connections opened so far: 1 means every request reused the first (keep-alive held). */
    int connections() {
        return connections;
    }

    Response exchange(String method, String path, byte[] body) {
        try {
            if (socket == null) {
                connect();
            }
            try {
                return exchangeOnce(method, path, body);
            } catch (IOException closedByService) {
                connect();
                return exchangeOnce(method, path, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void connect() throws IOException {
        close();
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
        connections++;
    }

    private Response exchangeOnce(String method, String path, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + (body == null ? 0 : body.length)];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        if (body != null) {
            System.arraycopy(body, 0, request, headBytes.length, body.length);
        }
        out.write(request);
        out.flush();

        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        byte[] content;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            content = all.toByteArray();
        } else {
            content = in.readNBytes((int) Math.max(0, length));
        }
        if (close) {
            close();
        }
        return new Response(status, content);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
