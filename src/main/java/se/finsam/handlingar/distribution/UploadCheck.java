package se.finsam.handlingar.distribution;

import java.io.IOException;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.http.HttpStatus;

import se.finsam.handlingar.system.ProblemException;

/**
 * Decides whether uploaded bytes are a PDF that may be bundled and mailed: really a PDF, not encrypted, and without
 * JavaScript, embedded forms (XFA), rich media or embedded files, without any action that leaves the document (links
 * to web addresses or other files, launch, submit, import, named actions other than page navigation, sounds and
 * movies) wherever it sits (catalog, page, annotation, outline, form field), and without streams that decode to more
 * than {@link UploadLimits} allow (decompression bombs).
 */
final class UploadCheck {

    private static final Set<COSName> SCRIPT_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.getPDFName("XFA"),
            COSName.getPDFName("RichMedia"));
    private static final Set<COSName> FORBIDDEN_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));
    /** Actions that open something outside the document: refused as links. */
    private static final Set<COSName> LEAVING_ACTIONS = Set.of(COSName.URI, COSName.getPDFName("GoToR"),
            COSName.getPDFName("GoToE"), COSName.getPDFName("GoToDp"), COSName.getPDFName("Sound"),
            COSName.getPDFName("Movie"), COSName.getPDFName("Rendition"), COSName.getPDFName("GoTo3DView"));
    /** Named actions a reader may follow: moving between the document's own pages. */
    private static final Set<String> PAGE_NAVIGATION = Set.of("NextPage", "PrevPage", "FirstPage", "LastPage");

    /** An attached file travels unseen inside the PDF to every recipient, and may be anything. */
    private static final Set<COSName> EMBEDDED_FILE_KEYS = Set.of(COSName.EMBEDDED_FILES, COSName.EF);

    private UploadCheck() {
    }

    /** The number of pages, or a 422 problem saying what is wrong with the file. */
    static int pages(byte[] bytes) {
        return pages(bytes, UploadLimits.defaults());
    }

    static int pages(byte[] bytes, UploadLimits limits) {
        if (bytes.length < 8 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw refused("Filen är ingen PDF (den börjar inte med %PDF-).", "upload.not-pdf");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw refused("PDF-filen är krypterad eller lösenordsskyddad. Ladda upp en oskyddad fil.", "upload.encrypted");
            }
            String script = scriptIn(document);
            if (script != null && script.startsWith("link:")) {
                throw refused("PDF-filen innehåller en länk eller åtgärd som leder ut ur dokumentet ("
                        + script.substring(5) + ") och skickas inte ut till styrelsen. Ta bort länken, eller skriv ut "
                        + "filen till en ny PDF och ladda upp den igen.", "upload.link");
            }
            if (script != null && EMBEDDED_FILE_KEYS.contains(COSName.getPDFName(script))) {
                throw refused("PDF-filen har bifogade filer inuti sig och skickas inte ut. Ta bort bilagorna i filen, "
                        + "eller ladda upp dem som egna PDF:er.", "upload.embedded-file");
            }
            if (script != null) {
                throw refused("PDF-filen innehåller skript eller aktiva funktioner (" + script
                        + ") och skickas inte ut. Skriv ut den till en ny PDF utan skript och ladda upp den igen.",
                        "upload.scripted");
            }
            if (document.getNumberOfPages() == 0) {
                throw refused("PDF-filen har inga sidor.", "upload.empty");
            }
            DecodedSize.check(document, bytes.length, limits);
            return document.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            throw refused("PDF-filen är krypterad eller lösenordsskyddad. Ladda upp en oskyddad fil.", "upload.encrypted");
        } catch (IOException e) {
            throw refused("Filen kunde inte läsas som PDF: " + e.getMessage(), "upload.not-pdf");
        }
    }

    private static String scriptIn(PDDocument document) {
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            String found = scriptIn(object == null ? null : object.getObject());
            if (found != null) {
                return found;
            }
        }
        return scriptIn(document.getDocumentCatalog().getCOSObject());
    }

    /** Looks through one object and its direct (non-referenced) children; referenced ones are in the pool anyway. */
    private static String scriptIn(COSBase base) {
        if (base instanceof COSDictionary dictionary) {
            COSBase action = dictionary.getItem(COSName.S);
            if (action instanceof COSName name && FORBIDDEN_ACTIONS.contains(name)) {
                return name.getName();
            }
            String leaving = leavingAction(dictionary);
            if (leaving != null) {
                return "link:" + leaving;
            }
            for (COSName key : dictionary.keySet()) {
                if (SCRIPT_KEYS.contains(key) || EMBEDDED_FILE_KEYS.contains(key)) {
                    return key.getName();
                }
                COSBase value = dictionary.getItem(key);
                if (!(value instanceof COSObject)) {
                    String found = scriptIn(value);
                    if (found != null) {
                        return found;
                    }
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (!(item instanceof COSObject)) {
                    String found = scriptIn(item);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** An action dictionary that leaves the document, described for the user; null for anything else. */
    private static String leavingAction(COSDictionary dictionary) {
        if (!(dictionary.getItem(COSName.S) instanceof COSName type)) {
            return null;
        }
        COSBase declared = dictionary.getDictionaryObject(COSName.TYPE);
        if (declared != null && !COSName.getPDFName("Action").equals(declared)) {
            return null;
        }
        if (COSName.URI.equals(type)) {
            String uri = dictionary.getString(COSName.URI);
            return "länk till " + (uri == null ? "en webbadress"
                    : uri.length() > 80 ? uri.substring(0, 80) + "…" : uri.replaceAll("\\p{Cntrl}", "?"));
        }
        if (LEAVING_ACTIONS.contains(type)) {
            return type.getName();
        }
        if (COSName.getPDFName("Thread").equals(type) && dictionary.containsKey(COSName.F)) {
            return "Thread till en annan fil";
        }
        if (COSName.getPDFName("Named").equals(type)) {
            COSBase named = dictionary.getDictionaryObject(COSName.N);
            String name = named instanceof COSName n ? n.getName() : String.valueOf(named);
            return PAGE_NAVIGATION.contains(name) ? null : "Named " + name;
        }
        return null;
    }

    static ProblemException refused(String message, String code) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Filen kan inte tas emot", message,
                java.util.List.of(new se.finsam.handlingar.system.FieldProblem("", message)), java.util.Map.of("code", code));
    }
}
