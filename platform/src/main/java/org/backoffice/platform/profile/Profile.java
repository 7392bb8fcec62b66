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
}
