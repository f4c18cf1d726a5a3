package se.finsam.handlingar.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.finsam.handlingar.document.DocumentCheck;
import se.finsam.handlingar.document.DocumentEnrichment;
import se.finsam.handlingar.document.DocumentFinishing;
import se.finsam.handlingar.document.Finding;
import se.finsam.handlingar.document.Severity;
import se.finsam.handlingar.render.PdfFinishing;
import se.finsam.handlingar.render.SignatureFields;
import tools.jackson.databind.JsonNode;

/**
 * Plugs the annual report into the document pipeline: the checks, the computed values the template shows (under
 * {@code berakning}, with the findings for a draft) and a signature field per signing ledamot.
 */
@Component
class AnnualReportDocument implements DocumentCheck, DocumentEnrichment, DocumentFinishing {

    static final String TEMPLATE = "arsredovisning";

    private final EquityCapSettings settings;

    AnnualReportDocument(EquityCapSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(String templateId) {
        return TEMPLATE.equals(templateId);
    }

    @Override
    public List<Finding> check(JsonNode data) {
        return AnnualReportAnalysis.of(data, settings.current()).findings();
    }

    @Override
    public String key() {
        return "berakning";
    }

    @Override
    public Object model(JsonNode data, List<Finding> findings) {
        Map<String, Object> model = new LinkedHashMap<>(AnnualReportAnalysis.of(data, settings.current()).view());
        List<Map<String, Object>> listed = new ArrayList<>();
        boolean errors = false;
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("allvarlighet", f.severity() == Severity.ERROR ? "Fel" : f.severity() == Severity.WARNING ? "Varning" : "Info");
            m.put("kod", f.code());
            m.put("pekare", f.pointer());
            m.put("meddelande", f.message());
            listed.add(m);
            errors |= f.severity() == Severity.ERROR;
        }
        model.put("fynd", listed);
        model.put("utkast", data.path("utkast").asBoolean(false) || errors);
        model.put("undertecknare", AnnualSignatories.inOffice(data));
        return model;
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
