package org.backoffice.server.web;

import java.util.List;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;

/** What the selects of filters and forms offer: only the user's branches, the profile's assets. */
public final class Choices {
    private Choices() {}

    public static List<Branch> branches(Platform platform, Viewer viewer) {
        return platform.organisation().branches().stream()
                .filter(b -> viewer.actor().canSee(b.code()))
                .toList();
    }

    public static List<String> assets(Platform platform) {
        return platform.profile().assets().stream()
                .map(Asset::code)
                .map(code -> code.value())
                .toList();
    }
}
