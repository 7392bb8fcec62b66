package org.backoffice.server.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Tells the {@link UserDirectory} how each password check ended, so that it can count failures and lock. */
@Component
final class LoginEvents {
    private final UserDirectory directory;

    LoginEvents(UserDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            directory.loginSucceeded(event.getAuthentication().getName());
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        directory.loginFailed(event.getAuthentication().getName());
    }
}
