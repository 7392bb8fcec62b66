package org.backoffice.server.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/** Every POST of the API takes an Idempotency-Key; the OpenAPI description says so on each of them. */
@Component
class IdempotencyKeyDocs implements OperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(PostMapping.class)
                || !isApi(handler.getBeanType().getPackageName())) {
            return operation;
        }
        boolean documented = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
        if (!documented) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotencyFilter.HEADER)
                    .required(false)
                    .description("1.." + IdempotencyFilter.MAX_KEY_LENGTH + " characters. A retry with the same key"
                            + " and the same request answers the first answer again, with Idempotent-Replayed: true,"
                            + " and changes nothing (a secret in it is not repeated); the same key with another"
                            + " request is a 422.")
                    .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY_LENGTH)));
        }
        return operation;
    }

    /** The API's controllers sit in the {@code api} package of their part: {@code org.backoffice.server.bank.api}. */
    private static boolean isApi(String packageName) {
        return packageName.startsWith("org.backoffice.server.") && packageName.endsWith(".api");
    }
}
