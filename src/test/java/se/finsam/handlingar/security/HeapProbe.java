package se.finsam.handlingar.security;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.InProcessService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Run by {@link BoundedCachesTest} in a JVM of its own with {@code -Xmx512m}: starts the service, makes a draft of
 * about 1.8 MB (the kallelse with a large block that never renders), then changes and previews it {@code cycles}
 * times. Prints {@code heap <cycle> <bytes>} — the heap in use right after a full GC — every ten cycles, and
 * {@code done} at the end. Any failed request ends it with exit code 2.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        Path dataDir = Files.createTempDirectory("handlingar-heap-");
        try (InProcessService service = InProcessService.start(dataDir, "logging.level.root=WARN",
                "handlingar.distribution.worker-enabled=false")) {
            Api api = service.api();
            ObjectNode files = kallelseFiles(api);
            String main = files.get("template.ftlh").asString();
            String large = main.replace("</body>", block() + "</body>");
            files.put("template.ftlh", large);
            ObjectNode body = Api.JSON.createObjectNode();
            body.set("files", files);
            Api.Response created = api.post("/api/templates/stort-utkast/versions", body, "admin");
            check(created, "create");
            String version = created.json().path("version").asString();
            System.out.println("draft " + large.length() + " chars");

            ObjectNode preview = Api.JSON.createObjectNode().put("format", "html");
            preview.set("data", Api.fixtureJson("kallelse-2024-03-22.json").get("data"));
            report(0);
            long editing = 0;
            long previewing = 0;
            for (int cycle = 1; cycle <= cycles; cycle++) {
                files.put("template.ftlh", large + "<#-- ändring " + cycle + " -->\n");
                long start = System.nanoTime();
                check(api.put("/api/templates/stort-utkast/versions/" + version, body, "admin"), "edit " + cycle);
                long edited = System.nanoTime();
                check(api.post("/api/templates/stort-utkast/versions/" + version + "/preview", preview, "admin"),
                        "preview " + cycle);
                editing += edited - start;
                previewing += System.nanoTime() - edited;
                if (cycle % 10 == 0) {
                    report(cycle);
                }
            }
            System.out.println("time edit " + editing / 1_000_000 + " ms, preview " + previewing / 1_000_000 + " ms");
            System.out.println("done");
        }
        System.exit(0);
    }

    /** About 1.8 MB of paragraphs that FreeMarker parses and keeps but the kallelse's data never shows. */
    private static String block() {
        StringBuilder block = new StringBuilder("<#if data.aldrigSatt??>\n");
        for (int i = 0; block.length() < 1_800_000; i++) {
            block.append("<p>Rad ").append(i).append(": förbundet redovisar insatser, deltagare och resultat per ")
                    .append("kommun enligt överenskommelsen; uppgifterna stäms av mot budgeten varje kvartal.</p>\n");
            if (i % 100 == 0) {
                block.append("<p>${data.organ!} ${data.datum!}</p>\n");
            }
        }
        return block.append("</#if>\n").toString();
    }

    private static ObjectNode kallelseFiles(Api api) {
        JsonNode kallelse = api.get("/api/templates", "admin").json().valueStream()
                .filter(t -> t.path("id").asString().equals("kallelse")).findFirst().orElseThrow();
        String version = kallelse.path("versions").get(kallelse.path("versions").size() - 1).path("version").asString();
        return (ObjectNode) api.get("/api/templates/kallelse/versions/" + version, "admin").json().path("files");
    }

    private static void check(Api.Response response, String what) {
        if (response.status() / 100 != 2) {
            System.out.println("failed " + what + ": " + response.status() + " " + response.text());
            System.exit(2);
        }
    }

    private static void report(int cycle) {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("heap " + cycle + " " + used + " " + System.currentTimeMillis());
    }
}
