package se.finsam.handlingar.template;

import java.util.List;

public record TemplateSummary(String id, String title, List<VersionSummary> versions) {

    public record VersionSummary(String version, TemplateStatus status, String sha256) {
    }
}
