package org.backoffice.server.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the {@link UserDirectory}, for form sign-in and HTTP Basic. */
final class DirectoryUserDetailsService implements UserDetailsService {
    private final UserDirectory directory;

    DirectoryUserDetailsService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory
                .find(username)
                .map(BackofficeUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
