package se.finsam.handlingar.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.archive.internal.SipContent;
import se.finsam.handlingar.distribution.BundleService;
import se.finsam.handlingar.distribution.Upload;
import se.finsam.handlingar.document.ArchivedDocument;
import se.finsam.handlingar.document.DocumentService;
import tools.jackson.databind.JsonNode;

/**
 * The bilagor of a "handlingar" bundle (kallelse + bilagor as sent to the members), each as its own file beside the
 * bundle: an archived document in its newest revision, or the uploaded PDF, checked against its recorded SHA-256.
 */
@Component
class MeetingBilagor {

    /** A PDF that Handlingar did not render and does not claim to be PDF/A. */
    static final SipContent.Format PLAIN_PDF = new SipContent.Format("Portable Document Format", null, null);
    private static final SipContent.Format PDF_A = new SipContent.Format("Acrobat PDF/A - Portable Document Format",
            "2u", "fmt/478");

    private final DocumentService documents;
    private final BundleService bundles;

    MeetingBilagor(DocumentService documents, BundleService bundles) {
        this.documents = documents;
        this.bundles = bundles;
    }

    /** @param prefix the path of each bilaga up to its number, e.g. {@code …/handlingar-bilaga-} */
    List<SipContent.File> files(ArchivedDocument bundle, String prefix) {
        List<SipContent.File> files = new ArrayList<>();
        for (JsonNode del : documents.dataSnapshot(bundle.id()).path("delar")) {
            if (!del.has("nummer")) {
                continue;
            }
            int n = del.path("nummer").asInt();
            List<SipContent.Property> properties = new ArrayList<>();
            properties.add(new SipContent.Property("bilaga", "Bilaga " + n + ": " + del.path("titel").asString("")
                    + " (i handlingarna urn:uuid:" + bundle.id() + ")"));
            if (del.hasNonNull("dokument")) {
                ArchivedDocument d = documents.latestRevision(UUID.fromString(del.path("dokument").asString()));
                properties.add(new SipContent.Property("mall", d.template() + " version " + d.templateVersion()));
                properties.add(new SipContent.Property("dokument-id", "urn:uuid:" + d.id()));
                files.add(new SipContent.File(prefix + n + ".pdf", MeetingRecordContent.REPRESENTATION,
                        documents.content(d.id()), d.contentType(), d.createdAt(), PDF_A, List.copyOf(properties), null,
                        d.createdBy()));
            } else if (del.hasNonNull("uppladdning")) {
                UUID id = UUID.fromString(del.path("uppladdning").asString());
                Upload upload = bundles.findUpload(id);
                properties.add(new SipContent.Property("uppladdning", "urn:uuid:" + id + ", filnamn "
                        + upload.filename()));
                files.add(new SipContent.File(prefix + n + ".pdf", MeetingRecordContent.REPRESENTATION,
                        bundles.uploadContent(id), "application/pdf", upload.createdAt(), PLAIN_PDF,
                        List.copyOf(properties), null, upload.createdBy()));
            }
        }
        return files;
    }
}
