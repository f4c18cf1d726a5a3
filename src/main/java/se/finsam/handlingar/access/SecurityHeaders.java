package se.finsam.handlingar.access;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * Security headers on every response, written by a servlet filter in front of everything else (the request size
 * limit and Spring Security included), so public pages, errors and 413s carry them too.
 * <p>
 * HTML the service produces (previews, archived {@code format: html}, the anslagstavla) is never active content in the
 * API's origin: {@code Content-Security-Policy: sandbox} gives it an opaque origin without scripts, forms or plugins,
 * and {@code default-src 'none'} loads nothing but inline styles and {@code data:} images and fonts. Swagger UI is the
 * one page that needs its own scripts; it gets a same-origin policy without {@code sandbox}. PDFs get no policy, since
 * browsers' PDF viewers refuse to open inside a sandbox.
 */
@Configuration
class SecurityHeaders {

    static final String DOCUMENT_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<HeaderWriterFilter> securityHeaderFilter() {
        List<HeaderWriter> writers = List.of(
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER),
                SecurityHeaders::contentSecurityPolicy,
                (request, response) -> {
                    if (!response.containsHeader("Cross-Origin-Resource-Policy")) {
                        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
                    }
                });
        FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(new HeaderWriterFilter(writers));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setName("securityHeaders");
        return registration;
    }

    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("Content-Security-Policy")) {
            return;
        }
        String contentType = response.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
            return;
        }
        String path = request.getServletPath();
        boolean swagger = path != null && (path.startsWith("/swagger-ui") || path.startsWith("/webjars/"));
        response.setHeader("Content-Security-Policy", swagger ? SWAGGER_POLICY : DOCUMENT_POLICY);
    }
}
