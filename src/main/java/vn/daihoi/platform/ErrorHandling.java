package vn.daihoi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one error mapping: {@code /api/**} gets a {@link ProblemDetail} with a Vietnamese (or English)
 * message; pages get a friendly error page. No stack trace ever reaches a user.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String message = messages.getMessage(e, locale);
        return respond(request, response, HttpStatus.valueOf(e.status()), message);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, response, HttpStatus.FORBIDDEN, text("error.forbidden", locale));
    }

    @ExceptionHandler(BindException.class)
    Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, response, HttpStatus.BAD_REQUEST, text("error.badRequest", locale));
    }

    /**
     * {@code ?id=abc} where a number is expected, {@code ?asOf=31/02/2026} where a date is: 400 naming the field
     * and the value, never a 500.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        String value = String.valueOf(e.getValue());
        value = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        String key = e.getRequiredType() == java.time.LocalDate.class ? "error.badDate" : "error.badParameter";
        String message = messages.getMessage(key, new Object[] {e.getName(), value}, locale);
        return respond(request, response, HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(
            MissingServletRequestParameterException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        String message = messages.getMessage("error.missingParameter", new Object[] {e.getParameterName()}, locale);
        return respond(request, response, HttpStatus.BAD_REQUEST, message);
    }

    /** A method the address does not take: 405 with the methods it does take (no ERROR log). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(
            HttpRequestMethodNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
            response.setHeader(
                    HttpHeaders.ALLOW,
                    e.getSupportedHttpMethods().stream()
                            .map(HttpMethod::name)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        String message = messages.getMessage("error.methodNotAllowed", new Object[] {e.getMethod()}, locale);
        return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, message);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(
            HttpMediaTypeNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        String type = e.getContentType() == null ? "?" : e.getContentType().toString();
        String message = messages.getMessage("error.unsupportedMediaType", new Object[] {type}, locale);
        return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }

    /** A body that is not the JSON the endpoint reads (broken, wrong types): the caller's mistake, never a 500. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, response, HttpStatus.BAD_REQUEST, text("error.unreadableBody", locale));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, text("error.uploadTooLarge", locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, response, HttpStatus.NOT_FOUND, text("error.notFound", locale));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // A hall screen switched off, a closed laptop, a cancelled download: normal, and nobody is left to
            // read an answer (writing one would only fail again).
            log.debug(
                    "Máy khách đã ngắt kết nối ({} {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            return null;
        }
        if (DatabaseOutage.isCause(e)) {
            // not a bug of ours nor the caller's mistake: "try again later", on a page without the layout
            log.warn(
                    "Cơ sở dữ liệu không truy cập được ({} {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            Object answer = respond(
                    request, response, HttpStatus.SERVICE_UNAVAILABLE, text(DatabaseOutage.MESSAGE_KEY, locale));
            if (answer instanceof ModelAndView page) {
                page.setViewName(
                        "true".equals(request.getHeader("HX-Request")) ? "error/outage :: message" : "error/outage");
            }
            return answer;
        }
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            // Any other request the framework itself found wrong (a missing part or header, a failed
            // validation, an unacceptable type): the caller's mistake, answered as such and not logged as ours.
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            String key = status == HttpStatus.NOT_FOUND ? "error.notFound" : "error.badRequest";
            return respond(request, response, status, text(key, locale));
        }
        log.error("Lỗi không mong đợi tại {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private Object respond(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        if ("true".equals(request.getHeader("HX-Request"))) {
            page.setViewName("error/page :: message");
        }
        return page;
    }
}
