package se.finsam.handlingar.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.DocumentDataEnricher;
import se.finsam.handlingar.document.DocumentFinishing;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.render.PdfFinishing;
import se.finsam.handlingar.render.SignatureFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plugs the annual report into the document pipeline: the checks, the computed values the template shows (under
 * {@code berakning}, with the findings for a draft) and a signature field per signing ledamot.
 */
@Component
class AnnualReportDocument implements DocumentCheck, DocumentDataEnricher, DocumentFinishing {

    static final String TEMPLATE = "arsredovisning";

    private final EquityCapSettings settings;
    private final AnnualSignatoryRegisterCheck signatoryCheck;
    private final JsonMapper json;

    AnnualReportDocument(EquityCapSettings settings, AnnualSignatoryRegisterCheck signatoryCheck, JsonMapper json) {
        this.settings = settings;
        this.signatoryCheck = signatoryCheck;
        this.json = json;
    }

    @Override
    public boolean appliesTo(String templateId) {
        return TEMPLATE.equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        List<Finding> findings = new ArrayList<>(AnnualReportAnalysis.of(data, settings.current()).findings());
        findings.addAll(signatoryCheck.check(data));
        findings.addAll(AnnualSignatories.unknownInOrder(data));
        return findings;
    }

    /** Adds {@code berakning}: the derived statements, resolved narrative, signatories and the findings for a draft. */
    @Override
    public JsonNode enrich(JsonNode data) {
        AnnualReportAnalysis analysis = AnnualReportAnalysis.of(data, settings.current());
        ObjectNode model = json.valueToTree(analysis.view());
        List<Map<String, Object>> listed = new ArrayList<>();
        boolean errors = false;
        for (Finding f : analysis.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("allvarlighet", f.severity() == Severity.ERROR ? "Fel" : f.severity() == Severity.WARNING ? "Varning" : "Info");
            m.put("kod", f.code());
            m.put("pekare", "/data" + f.pointer());
            m.put("meddelande", f.message());
            listed.add(m);
            errors |= f.severity() == Severity.ERROR;
        }
        model.set("fynd", json.valueToTree(listed));
        model.put("utkast", data.path("utkast").asBoolean(false) || errors);
        model.set("undertecknare", json.valueToTree(AnnualSignatories.inOffice(data)));
        ObjectNode enriched = ((ObjectNode) data).deepCopy();
        enriched.set("berakning", model);
        return enriched;
    }

    @Override
    public PdfFinishing finishing(JsonNode data) {
        List<Map<String, Object>> signatories = AnnualSignatories.inOffice(data);
        return SignatureFields.forBoxes("underskrift-\\d+", id -> {
            int index = Integer.parseInt(id.substring("underskrift-".length())) - 1;
            Map<String, Object> s = signatories.get(index);
            return "Underskrift " + s.get("roll") + " " + s.get("namn");
        });
    }
}
