package se.finsam.handlingar.template;

import java.util.List;
import java.util.Map;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.MemberSelectorListMemberAccessPolicy.MemberSelector;
import freemarker.ext.beans.WhitelistMemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker set up so a template can read its data and call the formatting functions, and nothing else:
 * no {@code ?new}, no {@code ?api}, no Java members, and includes only from its own version's files.
 */
final class TemplateSandbox {

    static final freemarker.template.Version FREEMARKER = Configuration.VERSION_2_3_34;

    private TemplateSandbox() {
    }

    /**
     * A configuration whose templates (every FreeMarker file of the version, parsed now) stop at the next loop or
     * macro step when their thread is interrupted, which is how a render's time limit ends a runaway template.
     */
    static Configuration interruptible(Map<String, String> files) {
        Configuration cfg = configuration(files);
        for (String name : files.keySet()) {
            if (name.endsWith(".ftlh") || name.endsWith(".ftl") || name.endsWith(".ftlx")) {
                try {
                    freemarker.core._CoreAPI.addThreadInterruptedChecks(cfg.getTemplate(name));
                } catch (java.io.IOException e) {
                    // a syntax error surfaces, with its position, when the template is processed
                }
            }
        }
        return cfg;
    }

    static Configuration configuration(Map<String, String> files) {
        Configuration cfg = new Configuration(FREEMARKER);
        StringTemplateLoader loader = new StringTemplateLoader();
        files.forEach(loader::putTemplate);
        cfg.setTemplateLoader(loader);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(SwedishFormat.SWEDISH);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(FREEMARKER);
        wrapper.setMemberAccessPolicy(new WhitelistMemberAccessPolicy(List.<MemberSelector>of()));
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        return cfg;
    }
}
