package org.backoffice.server.web;

import org.backoffice.platform.Platform;
import org.backoffice.server.security.CurrentActor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a handler method the signed-in {@link Viewer}. */
final class ViewerResolver implements HandlerMethodArgumentResolver {
    private final Platform platform;

    ViewerResolver(Platform platform) {
        this.platform = platform;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return new Viewer(CurrentActor.of(SecurityContextHolder.getContext().getAuthentication()), platform.profile());
    }
}
