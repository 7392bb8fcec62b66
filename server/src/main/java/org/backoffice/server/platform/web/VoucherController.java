package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.security.Action;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Money;
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
 * The journal voucher form: a new voucher, or a draft (or a voucher sent back) that its maker edits. "Save draft"
 * keeps it; "Submit" sends it on, to post at once below the approval threshold or to wait for approval above it.
 * A refused voucher comes back with the user's input and each message next to its input; nothing is saved.
 */
@PageController
final class VoucherController {
    private final Platform platform;
    private final Money money;

    VoucherController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    /** An asset the form offers, with its number of decimal places for the running totals. */
    public record AssetChoice(String code, int scale) {}

    @GetMapping("/documents/new")
    String blank(Viewer viewer, Model model) {
        requireMaker(viewer);
        List<Branch> branches = Choices.branches(platform, viewer);
        String branch = branches.isEmpty() ? "" : branches.getFirst().code();
        VoucherForm form = VoucherForm.blank(
                branch,
                LocalDate.now(platform.clock()),
                "USD",
                UUID.randomUUID().toString());
        return form(viewer, form, null, List.of(), model);
    }

    @PostMapping("/documents/new")
    String create(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireMaker(viewer);
        VoucherForm form = VoucherForm.posted(Form.of(parameters));
        if (!action.equals("save") && !action.equals("submit")) {
            return form(viewer, rearranged(form, action), null, List.of(), model);
        }
        boolean submit = action.equals("submit");
        List<FieldError> errors = new ArrayList<>();
        if (!viewer.actor().canSee(form.branch())
                || Choices.branches(platform, viewer).stream()
                        .noneMatch(b -> b.code().equals(form.branch()))) {
            errors.add(new FieldError("branch", "must be one of your branches"));
        }
        VoucherForm.Parsed parsed = form.parse(platform.accounts()::asset, errors);
        if (errors.isEmpty()) {
            try {
                IdempotencyKey key = form.formKey().isEmpty()
                        ? null
                        : new IdempotencyKey(viewer.username(), "web-form:" + form.formKey(), form.digest(submit));
                Document document = platform.documents()
                        .create(
                                viewer.actor(),
                                new NewDocument(
                                        JournalVoucherKind.TYPE, form.branch(), parsed.date(), parsed.voucher()),
                                submit,
                                key)
                        .document();
                redirect.addFlashAttribute("notice", done(document));
                return "redirect:/documents/" + document.id();
            } catch (InvalidDocumentException e) {
                errors.addAll(VoucherForm.onForm(e.errors(), parsed.formLines()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(viewer, form, null, errors, model);
    }

    @GetMapping("/documents/{id}/edit")
    String edit(Viewer viewer, @PathVariable("id") String id, Model model) {
        Document document = editable(viewer, id);
        return form(viewer, VoucherForm.of(document, money.scale(document.asset())), document, List.of(), model);
    }

    @PostMapping("/documents/{id}/edit")
    String update(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = "action", defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Document current = editable(viewer, id);
        VoucherForm posted = VoucherForm.posted(Form.of(parameters));
        VoucherForm form = new VoucherForm(
                current.branch(),
                posted.date(),
                posted.asset(),
                posted.narrative(),
                posted.lines(),
                "",
                posted.version());
        if (!action.equals("save") && !action.equals("submit")) {
            return form(viewer, rearranged(form, action), current, List.of(), model);
        }
        List<FieldError> errors = new ArrayList<>();
        VoucherForm.Parsed parsed = form.parse(platform.accounts()::asset, errors);
        if (errors.isEmpty()) {
            Document saved = null;
            try {
                saved = platform.documents()
                        .update(viewer.actor(), current.id(), form.version(), parsed.date(), parsed.voucher());
                if (action.equals("submit")) {
                    saved = platform.documents().submit(viewer.actor(), saved.id(), saved.version());
                }
                redirect.addFlashAttribute("notice", done(saved));
                return "redirect:/documents/" + saved.id();
            } catch (InvalidDocumentException e) {
                errors.addAll(VoucherForm.onForm(e.errors(), parsed.formLines()));
            } catch (IllegalStateException e) {
                errors.add(FieldError.parse(e.getMessage()));
            }
            if (saved != null) {
                errors.add(new FieldError(null, "The changes were saved as a draft, but it could not be submitted."));
                form = form.withVersion(saved.version());
                current = saved;
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(viewer, form, current, errors, model);
    }

    private Document editable(Viewer viewer, String id) {
        Document document = platform.documents()
                .find(viewer.actor(), DocumentId.parse(id))
                .orElseThrow(() -> new java.util.NoSuchElementException("document " + id + " not found"));
        if (!document.type().equals(JournalVoucherKind.TYPE)) {
            throw new IllegalStateException("type: only journal vouchers are edited here");
        }
        if (!viewer.mayEdit(document)) {
            throw new SecurityException(viewer.username() + " may not edit document " + id);
        }
        return document;
    }

    private static VoucherForm rearranged(VoucherForm form, String action) {
        if (action.equals("add-line")) {
            return form.withLine();
        }
        if (action.startsWith("remove-line-")) {
            try {
                return form.withoutLine(Integer.parseInt(action.substring("remove-line-".length())));
            } catch (NumberFormatException e) {
                return form;
            }
        }
        return form;
    }

    private String form(Viewer viewer, VoucherForm form, Document editing, List<FieldError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errorsByInput(errors));
        DocumentRow row = editing == null ? null : DocumentRow.of(editing, money);
        model.addAttribute("editing", row);
        model.addAttribute("pageTitle", row == null ? "New journal voucher" : "Edit " + row.label());
        model.addAttribute("section", row == null ? "new-document" : "documents");
        model.addAttribute("branches", Choices.branches(platform, viewer));
        model.addAttribute(
                "assets",
                platform.profile().assets().stream()
                        .map(a -> new AssetChoice(a.code().value(), a.scale()))
                        .toList());
        model.addAttribute(
                "accountNumbers",
                platform.accounts().list(viewer.actor(), null, null, 0, 1000).items().stream()
                        .map(BookAccount::number)
                        .toList());
        return "platform/voucher-form";
    }

    private void requireMaker(Viewer viewer) {
        if (!viewer.may(JournalVoucherKind.TYPE, Action.CREATE)) {
            throw new SecurityException(viewer.username() + " may not create journal vouchers");
        }
    }

    private static String done(Document document) {
        return switch (document.status()) {
            case DRAFT -> "Saved as a draft.";
            case SUBMITTED -> "Submitted as " + document.number() + ": it waits for approval.";
            case POSTED -> "Submitted as " + document.number() + " and posted.";
            default -> "Saved.";
        };
    }
}
