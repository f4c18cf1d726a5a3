package se.finsam.handlingar.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final String UNAUTHORIZED = """
            {"type":"about:blank","title":"Inloggning krävs","status":401,\
            "detail":"Ange användarnamn och lösenord (HTTP Basic)."}""";

    private static final String THROTTLED = """
            {"type":"about:blank","title":"För många misslyckade inloggningar","status":429,\
            "detail":"För många misslyckade inloggningar för användaren eller från adressen. Försök igen om %d s.",\
            "retryAfter":%d}""";

    /** Every {@code /api/**} call needs HTTP Basic credentials. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Handlingar")
                        .authenticationEntryPoint((request, response, ex) -> {
                            if (ex instanceof LoginThrottledException throttled) {
                                long seconds = throttled.retryAfterSeconds();
                                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                                response.setHeader("Retry-After", Long.toString(seconds));
                                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                                response.setCharacterEncoding("UTF-8");
                                response.getWriter().write(THROTTLED.formatted(seconds, seconds));
                                return;
                            }
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Handlingar\"");
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            response.setCharacterEncoding("UTF-8");
                            response.getWriter().write(UNAUTHORIZED);
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless HTTP Basic API without cookies: no CSRF token to protect
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Public pages (anslagstavla, health, OpenAPI) take no credentials at all: a browser that still sends stale Basic
     * credentials for the host gets the page, not a 401.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
