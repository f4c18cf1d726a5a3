package se.finsam.handlingar.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import se.finsam.handlingar.support.TestTemplates;
import se.finsam.handlingar.template.TemplateVersion;

/**
 * Finding 4 of the security review: a template author's loop, padding, recursion or sheer volume stops at a limit with
 * a {@link RenderLimitException} (422 at the API) and the render slot is free again at once. One slot, so a slot
 * that stayed taken would make the following render wait and fail.
 */
class RenderLimitsTest {

    private final DocumentRenderer renderer;

    RenderLimitsTest() throws IOException {
        RenderProperties limits = new RenderProperties(1, Duration.ofMillis(500), Duration.ofSeconds(10),
                DataSize.ofMegabytes(1), 3, 50);
        renderer = TestRenderers.withLimits(limits);
    }

    @AfterEach
    void slotIsFreeAgain() {
        assertThat(renderer.usage().inUse()).isZero();
        RenderedDocument ok = render(TestTemplates.page("ok", "<h1>Efteråt</h1>", ""), OutputFormat.PDF);
        assertThat(ok.pages()).isEqualTo(1);
    }

    private RenderedDocument render(TemplateVersion template, OutputFormat format) {
        return renderer.render(new RenderRequest(template, Map.of(), format, null));
    }

    @Test
    void aLoopOfBillionsOfStepsStopsAtTheTimeLimit() {
        var template = TestTemplates.page("t", "<#list 1..1600000000 as i><#if i == 0>x</#if></#list>", "");
        long start = System.nanoTime();
        assertThatThrownBy(() -> render(template, OutputFormat.HTML))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("handlingar.render.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void paddingToHugeWidthStopsAtTheOutputLimit() {
        var template = TestTemplates.page("t", "<p>${\"x\"?left_pad(20000000)}</p>", "");
        assertThatThrownBy(() -> render(template, OutputFormat.PDF))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("max-output-size");
    }

    @Test
    void aMacroCallingItselfForeverIsARecursionLimitNotAStackOverflow() {
        var template = TestTemplates.page("t", "<#macro m><@m/></#macro><@m/>", "");
        assertThatThrownBy(() -> render(template, OutputFormat.PDF))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("rekursion");
    }

    @Test
    void outputOverTheSizeLimitIsRefused() {
        var template = TestTemplates.page("t", "<#list 1..100000 as i><p>Rad ${i} med lite text</p></#list>", "");
        assertThatThrownBy(() -> render(template, OutputFormat.HTML))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("max-output-size");
    }

    @Test
    void morePagesThanTheLimitAreRefused() {
        var template = TestTemplates.page("t", "<#list 1..5 as i><h1 style=\"page-break-after: always\">Sida ${i}</h1></#list>", "");
        assertThatThrownBy(() -> render(template, OutputFormat.PDF))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("sidor").hasMessageContaining("max-pages");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        var template = TestTemplates.page("t", "<#list 1..60 as i><div></#list>x<#list 1..60 as i></div></#list>", "");
        assertThatThrownBy(() -> render(template, OutputFormat.PDF))
                .isInstanceOf(RenderLimitException.class).hasMessageContaining("max-depth");
    }

    @Test
    void scriptAssembledAtRunTimeIsRefused() {
        var template = TestTemplates.page("t", "${(\"<scr\" + \"ipt>alert(1)</scr\" + \"ipt>\")?no_esc}", "");
        assertThatThrownBy(() -> render(template, OutputFormat.HTML))
                .isInstanceOf(RenderException.class).hasMessageContaining("<script>");
        var handler = TestTemplates.page("t", "<p ${\"onclick\"?no_esc}=\"x()\">a</p>", "");
        assertThatThrownBy(() -> render(handler, OutputFormat.HTML))
                .isInstanceOf(RenderException.class).hasMessageContaining("onclick");
        var link = TestTemplates.page("t", "<a href=\"${\"java\"+\"script:alert(1)\"}\">a</a>", "");
        assertThatThrownBy(() -> render(link, OutputFormat.HTML))
                .isInstanceOf(RenderException.class).hasMessageContaining("skriptlänk");
    }
}
