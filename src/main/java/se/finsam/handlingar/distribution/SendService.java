package se.finsam.handlingar.distribution;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.organisation.Forbund;
import se.finsam.handlingar.organisation.Member;
import se.finsam.handlingar.organisation.OrganisationDirectory;
import se.finsam.handlingar.system.FieldProblem;
import se.finsam.handlingar.system.MailAddresses;
import se.finsam.handlingar.system.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Send orders: a document (often a bundle) to an organ's ordinarie ledamöter and ersättare on a day plus named extra
 * addresses. The order and one outbox row per recipient are written in one transaction; {@code OutboxWorker} sends.
 * An idempotency key makes a repeated request return the first order instead of sending again.
 */
@Service
public class SendService {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final OutboxStore store;
    private final DocumentService documents;
    private final OrganisationDirectory organisation;
    private final DistributionProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final MailTemplate template = MailTemplate.load();

    SendService(OutboxStore store, DocumentService documents, OrganisationDirectory organisation,
            DistributionProperties properties, TransactionTemplate transactions, JsonMapper json, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.documents = documents;
        this.organisation = organisation;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param organ the organ's code (e.g. "styrelsen"); its members on {@code datum} (default today) receive it
     * @param extra further addresses, "namn@exempel.se" or "Namn <namn@exempel.se>"
     * @param meddelande optional text added to the message
     */
    public record SendRequest(UUID dokument, String organ, LocalDate datum, List<String> extra, String meddelande) {
    }

    /** @param id the outbox row; the message's Message-ID is {@code <id@handlingar>} */
    public record Recipient(UUID id, String namn, String roll, String adress, String status, int forsok, String senasteFel,
            Instant nastaForsok, Instant skickad) {
    }

    public record SendOrder(UUID id, UUID dokument, String organ, LocalDate datum, String amne, String text,
            boolean bifogad, String filnamn, Instant skapad, String skapadAv, String idempotencyKey,
            Map<String, Integer> antal, List<Recipient> mottagare) {
    }

    /** @param replayed true when the idempotency key named an existing order, which is returned unchanged */
    public record Outcome(SendOrder order, boolean replayed) {
    }

    public Outcome create(SendRequest request, String idempotencyKey, String user) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key ska vara 1–200 tecken.",
                    List.of(new FieldProblem("", "Idempotency-Key ska vara 1–200 tecken.")));
        }
        if (request == null) {
            throw ProblemException.invalid("", "Begäran saknar innehåll.");
        }
        String requestHash = BundleService.sha256(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            var existing = store.orderByKey(idempotencyKey);
            if (existing.isPresent()) {
                return replay(existing.get(), requestHash);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        ArchivedDocument document = null;
        if (request.dokument() == null) {
            problems.add(new FieldProblem("/dokument", "Ange dokumentets id."));
        } else {
            try {
                document = documents.find(request.dokument());
                if (!"pdf".equals(document.format())) {
                    problems.add(new FieldProblem("/dokument", "Bara PDF-dokument kan skickas ut."));
                }
            } catch (ProblemException e) {
                problems.add(new FieldProblem("/dokument", "Dokumentet " + request.dokument() + " finns inte i arkivet."));
            }
        }
        if (request.organ() != null && organisation.organ(request.organ()).isEmpty()) {
            problems.add(new FieldProblem("/organ", "Okänt organ \"" + request.organ() + "\"."));
        }
        List<InternetAddress> extra = new ArrayList<>();
        List<String> extraInput = request.extra() == null ? List.of() : request.extra();
        for (int i = 0; i < extraInput.size(); i++) {
            try {
                InternetAddress address = new InternetAddress(extraInput.get(i) == null ? "" : extraInput.get(i).strip(), true);
                if (!MailAddresses.valid(address.getAddress())) {
                    throw new AddressException("saknar domän");
                }
                extra.add(address);
            } catch (AddressException e) {
                problems.add(new FieldProblem("/extra/" + i, "Ogiltig e-postadress \"" + extraInput.get(i) + "\"."));
            }
        }
        if (request.organ() == null && extraInput.isEmpty()) {
            problems.add(new FieldProblem("/organ", "Ange ett organ (t.ex. \"styrelsen\") eller adresser under extra."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Utskicket kan inte skapas.", problems);
        }

        LocalDate date = request.datum() != null ? request.datum() : LocalDate.now(clock.withZone(SWEDEN));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID orderId = UUID.randomUUID();
        List<OutboxStore.Message> messages = recipients(orderId, request.organ(), date, extra, now);
        if (messages.stream().noneMatch(m -> m.status() == OutboxStore.Status.QUEUED)) {
            throw ProblemException.invalid("/organ", "Ingen mottagare har en e-postadress.");
        }
        boolean attach = document.sizeBytes() <= properties.attachmentMaxSize().toBytes();
        String filename = filename(document.title()) + ".pdf";
        MailTemplate.Text text = text(document, attach, filename, request.meddelande());
        OutboxStore.Order order = new OutboxStore.Order(orderId, idempotencyKey, requestHash, document.id(),
                request.organ(), request.organ() == null ? null : date, text.subject(), text.body(), attach, filename,
                now, user);
        se.finsam.handlingar.audit.AuditEvent audit = se.finsam.handlingar.audit.AuditEvent.of("distribution.order",
                "sending", orderId, java.util.Map.of("document", document.id().toString(), "sha256", document.sha256(),
                        "recipients", messages.size(), "attach", attach));
        try {
            transactions.executeWithoutResult(tx -> {
                store.insertOrder(order);
                messages.forEach(store::insertMessage);
                events.publishEvent(audit);
            });
        } catch (DuplicateKeyException e) {
            // the same key arrived concurrently and the other request won
            return replay(store.orderByKey(idempotencyKey).orElseThrow(() -> e), requestHash);
        }
        return new Outcome(view(order), false);
    }

    public SendOrder find(UUID id) {
        return view(store.order(id).orElseThrow(() -> ProblemException.notFound("Utskicket " + id + " finns inte.")));
    }

    public List<SendOrder> forDocument(UUID documentId) {
        return store.ordersForDocument(documentId).stream().map(this::view).toList();
    }

    private Outcome replay(OutboxStore.Order existing, String requestHash) {
        if (!existing.requestSha256().equals(requestHash)) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key används redan",
                    "Nyckeln " + existing.idempotencyKey() + " hör till utskicket " + existing.id()
                            + " med ett annat innehåll. Använd en ny nyckel för ett nytt utskick.",
                    List.of(new FieldProblem("", "Idempotency-Key används redan för en annan begäran.")),
                    Map.of("utskick", existing.id().toString()));
        }
        return new Outcome(view(existing), true);
    }

    private List<OutboxStore.Message> recipients(UUID orderId, String organ, LocalDate date, List<InternetAddress> extra,
            Instant now) {
        List<OutboxStore.Message> messages = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        if (organ != null) {
            for (Member member : organisation.members(organ, date)) {
                String address = member.email() == null || member.email().isBlank() ? null : member.email().strip();
                if (address != null && !seen.add(address.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                boolean missing = address == null;
                messages.add(new OutboxStore.Message(UUID.randomUUID(), orderId, messages.size(), member.namn(),
                        member.roll().label(), address, missing ? OutboxStore.Status.FAILED : OutboxStore.Status.QUEUED,
                        0, now, null, null, missing ? "Ingen e-postadress i organisationsregistret." : null, null));
            }
        }
        for (InternetAddress address : extra) {
            if (seen.add(address.getAddress().toLowerCase(Locale.ROOT))) {
                messages.add(new OutboxStore.Message(UUID.randomUUID(), orderId, messages.size(), address.getPersonal(),
                        "extra", address.getAddress(), OutboxStore.Status.QUEUED, 0, now, null, null, null, null));
            }
        }
        return messages;
    }

    private MailTemplate.Text text(ArchivedDocument document, boolean attach, String filename, String meddelande) {
        Map<String, String> values = new LinkedHashMap<>();
        String title = document.title() == null ? "Dokument" : document.title();
        values.put("titel", title);
        values.put("inledning", BundleService.TEMPLATE.equals(document.template())
                ? "Här kommer " + lowerFirst(title) + ": kallelsen med föredragningslista och alla bilagor i en PDF."
                : "Här kommer " + lowerFirst(title) + ".");
        String pages = document.pages() == null ? "" : ", " + document.pages() + " sidor";
        values.put("dokumentet", attach
                ? "Dokumentet är bifogat som PDF (" + filename + pages + ")."
                : "Dokumentet är för stort för att bifogas (" + megabytes(document.sizeBytes()) + pages
                        + "). Hämta det här (inloggning krävs):\n" + properties.linkBaseUrl() + "/api/documents/"
                        + document.id() + "/content");
        values.put("meddelande", meddelande == null || meddelande.isBlank() ? "" : "\n" + meddelande.strip() + "\n");
        values.put("avsandare", organisation.forbund().map(Forbund::namn).orElse("Handlingar"));
        return template.fill(values);
    }

    private SendOrder view(OutboxStore.Order order) {
        List<Recipient> recipients = store.messages(order.id()).stream()
                .map(m -> new Recipient(m.id(), m.name(), m.role(), m.address(), m.status().name().toLowerCase(Locale.ROOT),
                        m.attempts(), m.lastError(), m.status() == OutboxStore.Status.QUEUED ? m.nextAttemptAt() : null,
                        m.sentAt()))
                .toList();
        Map<String, Integer> counts = new TreeMap<>(Map.of("queued", 0, "sent", 0, "failed", 0));
        recipients.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new SendOrder(order.id(), order.documentId(), order.organ(), order.memberDate(), order.subject(),
                order.body(), order.attach(), order.filename(), order.createdAt(), order.createdBy(),
                order.idempotencyKey(), counts, recipients);
    }

    private static String megabytes(long bytes) {
        return se.finsam.handlingar.template.SwedishFormat.number(new java.math.BigDecimal(bytes)
                .divide(new java.math.BigDecimal(1024 * 1024), 1, java.math.RoundingMode.HALF_UP), 1) + " MB";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String filename(String title) {
        String base = Normalizer.normalize(title == null ? "dokument" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return base.isEmpty() ? "dokument" : base.length() > 120 ? base.substring(0, 120) : base;
    }
}
