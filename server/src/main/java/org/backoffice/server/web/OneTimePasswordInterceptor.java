package org.backoffice.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.platform.security.Users;
import org.backoffice.server.security.BackofficeUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a user who signed in with a one-time password to the password page until they have
 * chosen their own. Pages only: the API is used with tokens, which such a user cannot yet make.
 */
public final class OneTimePasswordInterceptor implements HandlerInterceptor {
    public static final String PASSWORD_PAGE = "/password";

    private final Users users;

    OneTimePasswordInterceptor(Users users) {
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PASSWORD_PAGE) || path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof BackofficeUser user)) {
            return true;
        }
        boolean mustChange = users.find(user.getUsername())
                .map(org.backoffice.platform.security.User::mustChangePassword)
                .orElse(false);
        if (!mustChange) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        return false;
    }
}
