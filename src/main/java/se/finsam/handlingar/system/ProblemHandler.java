package se.finsam.handlingar.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every API error into {@code application/problem+json}; field problems carry JSON pointers.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.title());
        if (!ex.errors().isEmpty()) {
            problem.setProperty("errors", ex.errors());
        }
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Din roll saknar behörighet för detta.");
        problem.setTitle("Åtkomst nekad");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Ett oväntat fel inträffade. Se serverns logg.");
        problem.setTitle("Internt fel");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLargeException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "Begärans innehåll är större än gränsen (handlingar.max-request-size).");
                problem.setTitle("För stor begäran");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        String message = "Begäran är inte giltig JSON.";
        if (ex.getCause() instanceof DatabindException bind) {
            // valid JSON of the wrong shape (a field, or the whole body, of the wrong type or format): bad data,
            // answered like every other bad field
            String pointer = JsonPointers.of(bind.getPath());
            return unprocessable(pointer, (pointer.isEmpty() ? "Begärans innehåll: " : "Fältet " + pointer + ": ")
                    + BindingMessages.describe(bind));
        }
        if (ex.getCause() == null) {
            // no body, or the JSON literal null
            return unprocessable("", "Begäran saknar innehåll: ett JSON-objekt väntas.");
        }
        if (ex.getCause() instanceof InputCoercionException number) {
            // valid JSON, a number out of range for its field
            String pointer = pointer(number);
            return unprocessable(pointer, (pointer.isEmpty() ? "" : "Fältet " + pointer + ": ")
                    + "Talet är för stort eller för litet för fältet (" + BindingMessages.expected(number.getTargetType()) + " väntades).");
        }
        if (ex.getCause() instanceof StreamConstraintsException limit) {
            // valid JSON beyond the parser's limits (a number of thousands of digits, nesting thousands deep)
            return unprocessable("", "Begäran överskrider gränserna för JSON: " + BindingMessages.shortened(limit.getOriginalMessage()));
        }
        if (ex.getCause() instanceof JacksonException json) {
            message = "Begäran är inte giltig JSON: " + BindingMessages.shortened(json.getOriginalMessage())
                    + (json.getLocation() != null
                            ? " (rad " + json.getLocation().getLineNr() + ", kolumn " + json.getLocation().getColumnNr() + ")"
                            : "");
        }
        String pointer = "";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Felaktig begäran");
        problem.setProperty("errors", List.of(new FieldProblem(pointer, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> unprocessable(String pointer, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
        problem.setTitle("Uppgifterna innehåller fel");
        problem.setProperty("errors", List.of(new FieldProblem(pointer, message)));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    private static String pointer(StreamReadException problem) {
        try {
            return problem.processor() == null ? "" : problem.processor().streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
