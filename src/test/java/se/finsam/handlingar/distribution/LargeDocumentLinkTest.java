package se.finsam.handlingar.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document over {@code handlingar.distribution.attachment-max-size} is linked, not attached. The service is built
 * here with a 1 KB limit on the context's own collaborators, instead of starting a context with another setting.
 */
class LargeDocumentLinkTest extends IntegrationTest {

    @Autowired
    private OutboxStore store;
    @Autowired
    private DocumentService documents;
    @Autowired
    private OrganisationDirectory organisation;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JsonMapper json;
    @Autowired
    private MessageComposer composer;

    @Test
    void aDocumentOverTheLimitIsLinkedInsteadOfAttached() throws Exception {
        DistributionProperties small = new DistributionProperties(null, DataSize.ofKilobytes(1), null,
                "https://handlingar.example.se/", null, null, null, null, null, null, null);
        SendService service = new SendService(store, documents, organisation, small, transactions, json, Clock.systemUTC(),
                event -> { });
        UUID kallelse = DistributionFixtures.archive(api, "kallelse-2024-03-22.json");

        SendService.SendOrder order = service.create(new SendService.SendRequest(kallelse, null, null,
                List.of("stor@example.se"), null), null, "sekreterare").order();

        assertThat(order.bifogad()).isFalse();
        assertThat(order.text()).contains("för stort för att bifogas",
                "https://handlingar.example.se/api/documents/" + kallelse + "/content");
        OutboxStore.Order stored = store.order(order.id()).orElseThrow();
        MimeMessage message = composer.compose(stored, store.messages(order.id()).get(0));
        assertThat(message.getContent()).isInstanceOf(String.class);
        assertThat((String) message.getContent()).contains("/api/documents/" + kallelse + "/content");
    }
}
