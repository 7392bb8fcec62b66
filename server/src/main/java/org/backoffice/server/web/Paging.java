package org.backoffice.server.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The page of a list an API request asks for: {@code ?page=} from 0 and {@code ?size=} within 1..1000, the first page
 * of 50 when they are omitted. A handler method takes it as an argument; a value out of bounds, or not a number, is
 * a 400 naming its parameter.
 */
@ParameterObject
public record Paging(
        @Schema(defaultValue = "0") int page,
        @Schema(defaultValue = "50") int size) {
    public Paging {
        Params.page(page);
        Params.size(size);
    }

    /** The page asked for; an omitted parameter takes its default. */
    public static Paging of(Integer page, Integer size) {
        return new Paging(Params.page(page), Params.size(size));
    }
}
