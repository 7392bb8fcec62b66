package org.backoffice.server.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: the principal of every authenticated request, in the UI and the API alike. */
public final class BackofficeUser implements UserDetails, CredentialsContainer {
    private final String username;
    private String passwordHash;
    private final Set<String> roles;
    private final Set<String> branches;
    private final boolean allBranches;
    private final boolean locked;
    private final List<GrantedAuthority> authorities;

    private BackofficeUser(LoginUser user) {
        this.username = user.username();
        this.passwordHash = user.passwordHash() == null || user.passwordHash().isEmpty() ? null : user.passwordHash();
        this.roles = new TreeSet<>(user.roles());
        this.branches = new TreeSet<>(user.branches());
        this.allBranches = user.allBranches();
        this.locked = user.locked();
        this.authorities = roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    public static BackofficeUser of(LoginUser user) {
        return new BackofficeUser(user);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public Set<String> getBranches() {
        return branches;
    }

    public boolean isAllBranches() {
        return allBranches;
    }

    public boolean canSee(String branch) {
        return allBranches || branches.contains(branch);
    }

    /** The branches as the top bar shows them: "All branches", "HO" or "B1, B2". */
    public String getBranchLabel() {
        if (allBranches) {
            return "All branches";
        }
        return branches.isEmpty() ? "No branch" : String.join(", ", branches);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BackofficeUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "BackofficeUser[" + username + "]";
    }
}
