package se.finsam.handlingar.meeting.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.meeting.Meeting;
import se.finsam.handlingar.meeting.MeetingService;
import se.finsam.handlingar.meeting.OmedelbarJustering;
import se.finsam.handlingar.meeting.OmedelbarJusteringService;
import se.finsam.handlingar.meeting.ProtokollService;
import se.finsam.handlingar.render.RenderedDocument;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private static final String EDITORS = "hasAnyRole('ADMIN','KANSLI','SEKRETERARE')";

    private final MeetingService meetings;
    private final ProtokollService protokoll;
    private final OmedelbarJusteringService omedelbar;

    MeetingController(MeetingService meetings, ProtokollService protokoll, OmedelbarJusteringService omedelbar) {
        this.meetings = meetings;
        this.protokoll = protokoll;
        this.omedelbar = omedelbar;
    }

    record KallelseRequest(LocalDate utfardad, String format) {
        KallelseRequest {
            format = format == null ? "pdf" : format;
        }

        static KallelseRequest orDefault(KallelseRequest body) {
            return body == null ? new KallelseRequest(null, null) : body;
        }
    }

    record Numbering(Integer forstaParagraf) {
    }

    record DocumentCreated(UUID id, String template, String templateVersion, String format, String sha256,
            Integer pages, URI content, List<Finding> findings) {

        static DocumentCreated of(ArchivedDocument d, List<Finding> findings) {
            return new DocumentCreated(d.id(), d.template(), d.templateVersion(), d.format(), d.sha256(), d.pages(),
                    URI.create("/api/documents/" + d.id() + "/content"), findings);
        }
    }

    /**
     * The answer to a justering: {@code protokoll} for the whole protokoll; {@code omedelbarJustering} and
     * {@code utdrag} (the protokollsutdrag with its Bevis) for chosen §§.
     */
    record JusteringResponse(Meeting meeting, DocumentCreated protokoll, OmedelbarJustering omedelbarJustering,
            DocumentCreated utdrag) {
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Meeting> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/MeetingInput"))) @RequestBody JsonNode body, Principal user) {
        Meeting meeting = meetings.create(body, user.getName());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping
    List<Meeting> list(@RequestParam(required = false) String organ, @RequestParam(required = false) Integer year) {
        return meetings.list(organ, year);
    }

    @GetMapping("/{id}")
    Meeting find(@PathVariable UUID id) {
        return meetings.find(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Ersätter datum och hela dagordningen (samma innehåll som POST /api/meetings, inte det GET svarar)")
    Meeting update(@PathVariable UUID id, @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/MeetingInput"))) @RequestBody JsonNode body) {
        return meetings.update(id, body);
    }

    @PostMapping("/{id}/kallelse")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DocumentCreated> kallelse(@PathVariable UUID id, @RequestBody(required = false) KallelseRequest body,
            Principal user) {
        KallelseRequest request = KallelseRequest.orDefault(body);
        DocumentService.Outcome<ArchivedDocument> outcome = meetings.kallelse(id, request.utfardad(), request.format(),
                user.getName());
        return created(outcome);
    }

    @PostMapping("/{id}/kallelse/preview")
    ResponseEntity<byte[]> previewKallelse(@PathVariable UUID id, @RequestBody(required = false) KallelseRequest body) {
        KallelseRequest request = KallelseRequest.orDefault(body);
        return bytes(meetings.previewKallelse(id, request.utfardad(), request.format()));
    }

    @GetMapping("/{id}/protokoll")
    @ApiResponse(responseCode = "200", description = "Sparat utkast, eller ett förslag ur registret och dagordningen", content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/ProtokollDraft")))
    JsonNode draft(@PathVariable UUID id) {
        return meetings.protokollDraft(id);
    }

    @PutMapping("/{id}/protokoll")
    @PreAuthorize(EDITORS)
    Meeting saveDraft(@PathVariable UUID id, @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/ProtokollDraft"))) @RequestBody JsonNode draft) {
        return meetings.saveProtokoll(id, draft);
    }

    @GetMapping("/{id}/protokoll/preview")
    ResponseEntity<byte[]> previewProtokoll(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        return bytes(protokoll.preview(id, format));
    }

    @PostMapping("/{id}/protokoll/numrering")
    @PreAuthorize(EDITORS)
    Meeting number(@PathVariable UUID id, @RequestBody(required = false) Numbering body) {
        return protokoll.number(id, body == null ? null : body.forstaParagraf());
    }

    @PostMapping("/{id}/justering")
    @PreAuthorize(EDITORS)
    JusteringResponse justera(@PathVariable UUID id, @RequestBody ProtokollService.Justering body, Principal user) {
        if (body != null && body.paragrafer() != null) {
            OmedelbarJusteringService.Result result = omedelbar.justera(id, body, user.getName());
            return new JusteringResponse(result.meeting(), null, result.justering(),
                    DocumentCreated.of(result.utdrag(), result.findings()));
        }
        ProtokollService.Justerat result = protokoll.justera(id, body, user.getName());
        return new JusteringResponse(result.meeting(), DocumentCreated.of(result.protokoll(), result.findings()),
                null, null);
    }

    @GetMapping("/{id}/omedelbar-justering")
    List<OmedelbarJustering> omedelbaraJusteringar(@PathVariable UUID id) {
        return omedelbar.list(id);
    }

    @PostMapping("/{id}/utdrag")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DocumentCreated> utdrag(@PathVariable UUID id, @RequestBody ProtokollService.Utdrag body,
            Principal user) {
        return created(protokoll.utdrag(id, body, user.getName()));
    }

    private static ResponseEntity<DocumentCreated> created(DocumentService.Outcome<ArchivedDocument> outcome) {
        ArchivedDocument d = outcome.result();
        return ResponseEntity.created(URI.create("/api/documents/" + d.id()))
                .body(DocumentCreated.of(d, outcome.findings()));
    }

    private static ResponseEntity<byte[]> bytes(DocumentService.Outcome<RenderedDocument> outcome) {
        RenderedDocument rendered = outcome.result();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.contentType()))
                .header("X-Handlingar-Findings", Integer.toString(outcome.findings().size()))
                .body(rendered.content());
    }
}
