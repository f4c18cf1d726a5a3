package se.finsam.handlingar;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.handlingar.support.Api;
import se.finsam.handlingar.support.ServiceProcess;

/**
 * Starts the packaged jar the way the README does, with {@code --server.port} and {@code --handlingar.data-dir}, and
 * uses it: health, the fixture kallelse archived and read back, the log's promises.
 */
class RunnableJarIT {

    private static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startsOnTheGivenPortWithItsDataDirAndMakesTheKallelse() throws Exception {
        Api api = service.api();
        int port = service.port();
        assertThat(api.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");

        Api.Response created = api.post("/api/documents", Api.fixture("kallelse-2024-03-22.json"), "admin");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        byte[] pdf = api.get("/api/documents/" + created.json().get("id").asString() + "/content", "admin").body();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }

        assertThat(service.dataDir().resolve("handlingar.mv.db")).exists();
        assertThat(service.dataDir().resolve("archive")).isDirectory();
        String output = service.log();
        assertThat(output).contains("Imported bundled template 'kallelse'")
                .contains("http://localhost:" + port + "/swagger-ui.html")
                .contains("curl -u \"admin:$HANDLINGAR_ADMIN_PASSWORD\" -H 'Content-Type: application/json' --data @"
                        + java.nio.file.Path.of("fixtures", "kallelse-2024-03-22.json").toAbsolutePath()
                        + " http://localhost:" + port + "/api/previews");
        assertThat(api.get("/swagger-ui.html", null).status()).isIn(200, 302);
    }

}
