package se.finsam.handlingar.system;

/**
 * One thing wrong with a request, located by a JSON pointer (RFC 6901) into the request body.
 */
public record FieldProblem(String pointer, String message) {
}
