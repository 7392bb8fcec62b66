package org.backoffice.server.web;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.NumberUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives a handler method the {@link Paging} its query parameters ask for. */
@Component
class PagingResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return Paging.of(number(request, "page"), number(request, "size"));
    }

    /** The parameter read as Spring reads a number: null when absent or empty. */
    private static Integer number(NativeWebRequest request, String name) {
        String text = request.getParameter(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return NumberUtils.parseNumber(text, Integer.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": must be a number, was '" + text + "'");
        }
    }
}
