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
 * JavaScript, launch/submit actions, embedded forms (XFA), rich media or embedded files.
 */
final class UploadCheck {

    private static final Set<COSName> SCRIPT_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.getPDFName("XFA"),
            COSName.getPDFName("RichMedia"));
    private static final Set<COSName> FORBIDDEN_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));

    /** An attached file travels unseen inside the PDF to every recipient, and may be anything. */
    private static final Set<COSName> EMBEDDED_FILE_KEYS = Set.of(COSName.EMBEDDED_FILES, COSName.EF);

    private UploadCheck() {
    }

    /** The number of pages, or a 422 problem saying what is wrong with the file. */
    static int pages(byte[] bytes) {
        if (bytes.length < 8 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw refused("Filen är ingen PDF (den börjar inte med %PDF-).", "upload.not-pdf");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw refused("PDF-filen är krypterad eller lösenordsskyddad. Ladda upp en oskyddad fil.", "upload.encrypted");
            }
            String script = scriptIn(document);
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

    private static ProblemException refused(String message, String code) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Filen kan inte tas emot", message,
                java.util.List.of(new se.finsam.handlingar.system.FieldProblem("", message)), java.util.Map.of("code", code));
    }
}
