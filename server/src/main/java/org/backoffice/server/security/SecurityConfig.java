package org.backoffice.server.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.backoffice.server.BackofficeProperties;
import org.backoffice.server.logging.RequestLogFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see what. The UI signs in with a form and keeps a session; {@code /api/**} also takes
 * {@code Authorization: Bearer} tokens and HTTP Basic, which authenticate one request and never create a session,
 * and need no CSRF token. A browser session on {@code /api/**} still needs one.
 *
 * <p>{@code /actuator/prometheus} is on the main port and needs an ADMINISTRATOR or AUDITOR (a scraper signs in
 * with a token or a password); {@code /actuator/health} is public.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
    /**
     * Scripts and styles from this server only (htmx and ECharts come from {@code /webjars}); ECharts draws into
     * canvases and sets element styles through the DOM, which the policy allows. Images may be data URLs (the
     * OpenAPI page uses them).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher API = request -> pathStartsWith(request, "/api/");
    private static final RequestMatcher MACHINE =
            request -> API.matches(request) || pathStartsWith(request, "/actuator/");
    private static final RequestMatcher API_WITH_CREDENTIALS =
            request -> API.matches(request) && carriesCredentials(request);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(BackofficeProperties properties) {
        return new LoginThrottle(
                properties.login().maxAttemptsPerMinute(),
                properties.login().maxAttemptsPerMinutePerAddress(),
                Clock.systemUTC());
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDirectory directory, PasswordEncoder passwordEncoder, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DirectoryUserDetailsService(directory));
        passwords.setPasswordEncoder(passwordEncoder);
        // A locked account is reported only to someone who knows its password.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("The account is locked.");
            }
        });
        ProviderManager manager = new ProviderManager(passwords);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            UserDirectory directory,
            LoginThrottle throttle,
            JsonMapper json)
            throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Backoffice\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in, or send a valid token or password.");
        };
        AccessDeniedHandler forbidden = (request, response, denied) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this.");
        AccessDeniedHandler forbiddenPage = (request, response, denied) -> {
            // The error page tells an expired form (a CSRF refusal) from a missing role.
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
        HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
        savedPages.setRequestMatcher(request -> request.getMethod().equals("GET") && !MACHINE.matches(request));

        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers("/login", "/login/**", "/error", "/css/**", "/js/**", "/webjars/**")
                                .permitAll()
                                .requestMatchers("/favicon.ico", "/favicon.svg", "/api/docs", "/api/docs/**")
                                .permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/prometheus")
                                .hasAnyRole("ADMINISTRATOR", "AUDITOR")
                                .requestMatchers("/actuator/**")
                                .denyAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailed()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.realmName("Backoffice").authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_CREDENTIALS))
                .requestCache(cache -> cache.requestCache(savedPages))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(unauthorized, MACHINE)
                        .defaultAccessDeniedHandlerFor(forbidden, MACHINE)
                        .defaultAccessDeniedHandlerFor(forbiddenPage, AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new RequestLogFilter(), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(directory, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailed() {
        return (request, response, failure) -> response.sendRedirect(
                request.getContextPath() + (failure instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    private static boolean pathStartsWith(HttpServletRequest request, String prefix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(prefix);
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                        || authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }
}
