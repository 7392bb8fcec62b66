package org.backoffice.platform.profile;

import java.util.List;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.security.Permissions;

/**
 * What kind of back office an installation is: its chart of accounts, assets, document types,
 * approval policies and permissions.
 */
public record Profile(
        String name,
        String description,
        List<Asset> assets,
        List<ChartAccount> chart,
        List<DocumentKind<?>> documentKinds,
        List<ApprovalPolicy> policies,
        Permissions permissions) {
    public Profile {
        assets = List.copyOf(assets);
        chart = List.copyOf(chart);
        documentKinds = List.copyOf(documentKinds);
        policies = List.copyOf(policies);
    }

    /**
     * This profile with a module's additions: more assets, chart lines, document types and approval
     * policies. The module grants its types' permissions on {@link #permissions()}.
     */
    public Profile plus(
            String newDescription,
            List<Asset> moreAssets,
            List<ChartAccount> moreChart,
            List<DocumentKind<?>> moreKinds,
            List<ApprovalPolicy> morePolicies) {
        return new Profile(
                name,
                newDescription,
                concat(assets, moreAssets),
                concat(chart, moreChart),
                concat(documentKinds, moreKinds),
                concat(policies, morePolicies),
                permissions);
    }

    /** This profile with {@code kind} in place of the document type of the same name. */
    public Profile replacing(DocumentKind<?> kind) {
        List<DocumentKind<?>> kinds = documentKinds.stream()
                .map(k -> k.type().equals(kind.type()) ? kind : k)
                .toList();
        if (!kinds.contains(kind)) {
            throw new IllegalArgumentException("kind: the profile has no document type " + kind.type());
        }
        return new Profile(name, description, assets, chart, kinds, policies, permissions);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
