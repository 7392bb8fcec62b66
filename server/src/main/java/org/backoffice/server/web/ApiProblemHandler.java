package org.backoffice.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what an API controller throws into an RFC 9457 problem ({@code application/problem+json}) with an
 * {@code errors} list of {@code {field, message}}. Business rule violations arrive as IllegalArgumentException
 * ("field: rule", 400) and IllegalStateException (409); a document that breaks its rules as
 * InvalidDocumentException (422, every field); a refusal of the platform as SecurityException (403); a missing
 * thing as NoSuchElementException (404). No stack
 * trace or exception class ever reaches the client: unexpected failures are logged and answered with a 500 that
 * says only that.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {
    static final String ERRORS = "errors";
    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** A document that breaks its rules, or that the ledger refused: every broken rule with its field. */
    @ExceptionHandler(InvalidDocumentException.class)
    ResponseEntity<Object> unprocessable(InvalidDocumentException error, WebRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, error.getMessage(), error.errors(), request);
    }

    /** The platform refused the actor: a role it lacks, a branch not granted, the maker acting as checker. */
    @ExceptionHandler(SecurityException.class)
    ResponseEntity<Object> refused(SecurityException error, WebRequest request) {
        String detail = error.getMessage() == null ? "Your roles do not allow this." : error.getMessage();
        return problem(HttpStatus.FORBIDDEN, detail, List.of(), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalid(IllegalArgumentException error, WebRequest request) {
        FieldError field = FieldError.parse(error.getMessage());
        return problem(HttpStatus.BAD_REQUEST, field.text(), List.of(field), request);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Object> conflict(IllegalStateException error, WebRequest request) {
        String detail =
                error.getMessage() == null ? "The request conflicts with the current state." : error.getMessage();
        return problem(HttpStatus.CONFLICT, detail, List.of(), request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Object> notFound(NoSuchElementException error, WebRequest request) {
        String detail = error.getMessage() == null || error.getMessage().equals("No value present")
                ? "Not found."
                : error.getMessage();
        return problem(HttpStatus.NOT_FOUND, detail, List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException error, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Your roles do not allow this.", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception error, WebRequest request) {
        if (error instanceof ErrorResponse response) {
            return handleExceptionInternal(
                    error, response.getBody(), response.getHeaders(), response.getStatusCode(), request);
        }
        log.error("Unexpected failure of {}", path(request), error);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.",
                List.of(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ObjectError each : error.getBindingResult().getAllErrors()) {
            String field =
                    each instanceof org.springframework.validation.FieldError fieldError ? fieldError.getField() : null;
            errors.add(new FieldError(field, each.getDefaultMessage()));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = error instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : error.getPropertyName();
        FieldError field = new FieldError(
                name,
                error.getRequiredType() == null
                        ? "is not valid"
                        : "must be " + describe(error.getRequiredType()) + ", was '" + error.getValue() + "'");
        return problem(HttpStatus.BAD_REQUEST, field.text(), List.of(field), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException error,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        FieldError field = new FieldError(error.getParameterName(), "must be given");
        return problem(HttpStatus.BAD_REQUEST, field.text(), List.of(field), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError field = new FieldError(error.getRequestPartName(), "must be given");
        return problem(HttpStatus.BAD_REQUEST, field.text(), List.of(field), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError field = unreadable(error);
        return problem(HttpStatus.BAD_REQUEST, field.text(), List.of(field), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception error, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(ERRORS))) {
            problem.setProperty(ERRORS, List.of());
        }
        return super.handleExceptionInternal(error, body, headers, status, request);
    }

    /** What Jackson could not read, named by the path to the field when it says which. */
    static FieldError unreadable(HttpMessageNotReadableException error) {
        Throwable cause = error.getCause();
        if (!(cause instanceof JacksonException jackson) || cause instanceof StreamReadException) {
            return new FieldError(null, "The request body is not valid JSON.");
        }
        String path = path(jackson);
        if (jackson instanceof ValueInstantiationException
                && jackson.getCause() instanceof IllegalArgumentException rule) {
            FieldError inner = FieldError.parse(rule.getMessage());
            String field = inner.field() == null ? path : join(path, inner.field());
            return new FieldError(field, inner.message());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return new FieldError(path, "is not a known field");
        }
        if (jackson instanceof InvalidFormatException format && format.getTargetType() != null) {
            return new FieldError(path, "must be " + describe(format.getTargetType()));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(path, "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldError(path, "is not valid");
    }

    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String join(String parent, String field) {
        return parent == null ? field : parent + "." + field;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type.getName().startsWith("java.time.")) {
            return "a time in ISO 8601 form";
        }
        return "an object";
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String detail, List<FieldError> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ERRORS, errors);
        return ResponseEntity.status(status).body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : "?";
    }
}
