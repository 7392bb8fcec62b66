package org.backoffice.server.web;

import java.util.List;
import org.backoffice.platform.Platform;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web UI's additions to Spring MVC. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    private final Platform platform;

    WebConfig(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new OneTimePasswordInterceptor(platform.users()))
                .excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/login", "/logout", "/error");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerResolver(platform));
    }
}
