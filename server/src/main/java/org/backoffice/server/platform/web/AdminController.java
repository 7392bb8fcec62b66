package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration, for administrators only: users (create with a one-time password, grant roles and branches,
 * unlock, reset the password) and branches. A one-time password is shown in the answer to the request that made
 * it, once, and never stored in the session.
 */
@PageController
final class AdminController {
    private final Platform platform;

    AdminController(Platform platform) {
        this.platform = platform;
    }

    public record UserRow(
            String username,
            String displayName,
            String roles,
            String branches,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword) {}

    /** What the create-user form held, to show it again when it was refused. */
    public record NewUserForm(
            String username, String displayName, Set<String> roles, Set<String> branches, boolean allBranches) {
        static final NewUserForm EMPTY = new NewUserForm("", "", Set.of(), Set.of(), false);
    }

    public record NewBranchForm(String code, String name, String legalEntity, boolean headOffice) {
        static final NewBranchForm EMPTY = new NewBranchForm("", "", "", false);
    }

    @GetMapping("/admin")
    String admin(Viewer viewer, Model model) {
        requireAdministrator(viewer);
        return page(viewer, model);
    }

    @PostMapping("/admin/users")
    String createUser(
            Viewer viewer,
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "roles", required = false) List<String> roles,
            @RequestParam(name = "branches", required = false) List<String> branches,
            @RequestParam(name = "allBranches", defaultValue = "false") boolean allBranches,
            Model model,
            HttpServletResponse response) {
        requireAdministrator(viewer);
        NewUserForm form =
                new NewUserForm(username.strip(), displayName.strip(), set(roles), set(branches), allBranches);
        try {
            String password = platform.users()
                    .createWithOneTimePassword(
                            viewer.actor(),
                            new NewUser(
                                    form.username(),
                                    form.displayName(),
                                    roles(form.roles()),
                                    form.branches(),
                                    allBranches));
            SecretShownOnce.show(
                    model,
                    response,
                    "User " + form.username() + " created.",
                    "One-time password for " + form.username(),
                    password);
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("userProblem", e.getMessage());
            model.addAttribute("userForm", form);
        }
        return page(viewer, model);
    }

    @PostMapping("/admin/branches")
    String addBranch(
            Viewer viewer,
            @RequestParam(name = "code", defaultValue = "") String code,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "legalEntity", defaultValue = "") String legalEntity,
            @RequestParam(name = "headOffice", defaultValue = "false") boolean headOffice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireAdministrator(viewer);
        NewBranchForm form = new NewBranchForm(
                code.strip().toUpperCase(java.util.Locale.ROOT), name.strip(), legalEntity, headOffice);
        try {
            platform.organisation()
                    .add(viewer.actor(), new Branch(form.code(), form.name(), form.legalEntity(), form.headOffice()));
            redirect.addFlashAttribute("notice", "Branch " + form.code() + " added.");
            return "redirect:/admin";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("branchProblem", e.getMessage());
            model.addAttribute("branchForm", form);
            return page(viewer, model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String user(Viewer viewer, @PathVariable("username") String username, Model model) {
        requireAdministrator(viewer);
        return userPage(username, model);
    }

    @PostMapping("/admin/users/{username}/grant")
    String grant(
            Viewer viewer,
            @PathVariable("username") String username,
            @RequestParam(name = "roles", required = false) List<String> roles,
            @RequestParam(name = "branches", required = false) List<String> branches,
            @RequestParam(name = "allBranches", defaultValue = "false") boolean allBranches,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireAdministrator(viewer);
        try {
            platform.users().grant(viewer.actor(), username, roles(set(roles)), set(branches), allBranches);
            redirect.addFlashAttribute(
                    "notice", "Roles and branches of " + username + " saved. They apply from the user's next sign-in.");
            return "redirect:/admin/users/" + username;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
            return userPage(username, model);
        }
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(Viewer viewer, @PathVariable("username") String username, RedirectAttributes redirect) {
        requireAdministrator(viewer);
        platform.users().unlock(viewer.actor(), username);
        redirect.addFlashAttribute("notice", username + " is unlocked.");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/reset-password")
    String resetPassword(
            Viewer viewer, @PathVariable("username") String username, Model model, HttpServletResponse response) {
        requireAdministrator(viewer);
        String password = platform.users().resetPassword(viewer.actor(), username);
        SecretShownOnce.show(
                model,
                response,
                "The password of " + username + " is reset.",
                "One-time password for " + username,
                password);
        return userPage(username, model);
    }

    private String page(Viewer viewer, Model model) {
        List<UserRow> users =
                platform.users().list(viewer.actor()).stream().map(this::row).toList();
        model.addAttribute("users", users);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("branches", platform.organisation().branches());
        model.addAttribute("legalEntities", platform.organisation().legalEntities());
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", NewUserForm.EMPTY);
        }
        if (!model.containsAttribute("branchForm")) {
            model.addAttribute("branchForm", NewBranchForm.EMPTY);
        }
        return "platform/admin";
    }

    private String userPage(String username, Model model) {
        User user = platform.users()
                .find(username)
                .orElseThrow(() -> new java.util.NoSuchElementException("user " + username + " not found"));
        model.addAttribute("user", row(user));
        model.addAttribute(
                "granted", new TreeSet<>(user.roles().stream().map(Role::name).toList()));
        model.addAttribute("grantedBranches", new TreeSet<>(user.branches()));
        model.addAttribute("allBranches", user.allBranches());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("branches", platform.organisation().branches());
        return "platform/admin-user";
    }

    private UserRow row(User user) {
        return new UserRow(
                user.username(),
                user.displayName(),
                String.join(
                        ", ",
                        new TreeSet<>(user.roles().stream().map(Role::name).toList())),
                user.allBranches() ? "All branches" : String.join(", ", new TreeSet<>(user.branches())),
                user.enabled(),
                user.lockedAt(platform.clock().instant()),
                user.mustChangePassword());
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("roles: '" + name + "' is not a role");
            }
        }
        return roles;
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.administrator()) {
            throw new SecurityException(viewer.username() + " is not an administrator");
        }
    }
}
