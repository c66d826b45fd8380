package vn.daihoi.personnel.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body that is not the JSON the endpoint reads (an unknown body code, a word where a number goes) is the
 * caller's mistake: 400 with a Vietnamese message, not the 500 of an unexpected error.
 */
@RestControllerAdvice(assignableTypes = PersonnelApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonnelApiErrors {

    private final MessageSource messages;

    PersonnelApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("personnel.error.unreadable", null, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return problem;
    }
}
