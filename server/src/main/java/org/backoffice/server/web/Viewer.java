package org.backoffice.server.web;

import java.util.List;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/**
 * Who is looking at a page, and so what the page offers them. The pages hide what a user cannot do; the
 * platform's services refuse it whatever a page shows.
 */
public record Viewer(Actor actor, Profile profile) {
    public String username() {
        return actor.username();
    }

    public boolean may(String documentType, Action action) {
        return profile.permissions().allows(actor, documentType, action);
    }

    private boolean mayAny(Action action) {
        return profile.documentKinds().stream().anyMatch(kind -> may(kind.type(), action));
    }

    /** Whether the user may make documents of some type. */
    public boolean maker() {
        return mayAny(Action.CREATE);
    }

    /** Whether the user may enter journal vouchers, which the "New voucher" form makes. */
    public boolean voucherMaker() {
        return may(org.backoffice.platform.journal.JournalVoucherKind.TYPE, Action.CREATE);
    }

    /** Whether the user may approve documents of some type: the approvals inbox is theirs. */
    public boolean approver() {
        return profile.documentKinds().stream().anyMatch(kind -> mayDecide(kind.type()));
    }

    public boolean administrator() {
        return actor.has(Role.ADMINISTRATOR);
    }

    /** Auditors and administrators read the whole audit log and may verify its chain. */
    public boolean auditor() {
        return actor.has(Role.AUDITOR) || actor.has(Role.ADMINISTRATOR);
    }

    /** Whether the user may approve or reject this document now: an approver of its type, not its maker. */
    public boolean mayDecide(Document document) {
        return document.status() == DocumentStatus.SUBMITTED
                && !document.maker().equals(username())
                && mayDecide(document.type());
    }

    private boolean mayDecide(String type) {
        if (!may(type, Action.APPROVE)) {
            return false;
        }
        List<ApprovalPolicy> policies = profile.policies().stream()
                .filter(p -> p.documentType().equals(type))
                .toList();
        return policies.stream().allMatch(p -> p.approverRoles().stream().anyMatch(actor::has));
    }

    /** Whether the user may edit and submit this document: its maker, while it is a draft or sent back. */
    public boolean mayEdit(Document document) {
        return document.status().editable() && document.maker().equals(username());
    }

    public boolean mayReverse(Document document) {
        return document.status() == DocumentStatus.POSTED && may(document.type(), Action.REVERSE);
    }
}
