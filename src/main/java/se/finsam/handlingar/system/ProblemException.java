package se.finsam.handlingar.system;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An error a client can act on. Rendered as {@code application/problem+json} with the field problems
 * listed under {@code errors} and any extra properties alongside.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    public ProblemException(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        this(status, title, detail, errors, Map.of());
    }

    public ProblemException(HttpStatus status, String title, String detail, List<FieldProblem> errors,
            Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Hittades inte", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Konflikt", detail);
    }

    public static ProblemException invalid(String detail, List<FieldProblem> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Ogiltiga uppgifter", detail, errors);
    }

    public static ProblemException invalid(String pointer, String message) {
        return invalid(message, List.of(new FieldProblem(pointer, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
