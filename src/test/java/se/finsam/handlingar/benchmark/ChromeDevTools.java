package se.finsam.handlingar.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium kept running and printing pages to PDF through the DevTools protocol, as a real service would
 * keep it warm.
 */
final class ChromeDevTools implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private ChromeDevTools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static ChromeDevTools start(String chromium, Path profile) throws Exception {
        Process process = new ProcessBuilder(BenchmarkPrograms.chromiumFlags(chromium, profile,
                List.of("--remote-debugging-port=0", "about:blank"))).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium-devtools.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                process.destroyForcibly();
                throw new IOException("Chromium did not open its DevTools port");
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode target = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
        ChromeDevTools[] holder = new ChromeDevTools[1];
        StringBuilder buffer = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(target.get("webSocketDebuggerUrl").asString()),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        buffer.append(data);
                        if (last) {
                            holder[0].onMessage(JSON.readTree(buffer.toString()));
                            buffer.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        ChromeDevTools devTools = new ChromeDevTools(process, socket);
        holder[0] = devTools;
        devTools.call("Page.enable", Map.of());
        return devTools;
    }

    /** Loads the file and prints it; returns the PDF bytes. */
    byte[] print(Path html) throws Exception {
        loaded = new CompletableFuture<>();
        call("Page.navigate", Map.of("url", html.toUri().toString()));
        loaded.get(60, TimeUnit.SECONDS);
        JsonNode result = call("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode(result.get("data").asString());
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        pending.put(id, response);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        JsonNode message = response.get(60, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IOException(method + ": " + message.get("error"));
        }
        return message.get("result");
    }

    private void onMessage(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> response = pending.remove(message.get("id").asInt());
            if (response != null) {
                response.complete(message);
            }
        } else if ("Page.loadEventFired".equals(message.path("method").asString())) {
            loaded.complete(null);
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(60);
    }
}
