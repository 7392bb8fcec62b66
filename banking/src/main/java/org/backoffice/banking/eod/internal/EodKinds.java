package org.backoffice.banking.eod.internal;

import java.util.List;
import org.backoffice.platform.operation.Operations;

/** End of day's operation kinds, registered with the platform once per bank. */
public record EodKinds(AccrualChunkKind accrual, CapitalisationKind capitalisation, MonthlyFeeKind fees) {
    public static final List<String> TYPES =
            List.of(AccrualChunkKind.TYPE, CapitalisationKind.TYPE, MonthlyFeeKind.TYPE);

    public static EodKinds register(Operations operations) {
        EodKinds kinds = new EodKinds(new AccrualChunkKind(), new CapitalisationKind(), new MonthlyFeeKind());
        operations.register(kinds.accrual());
        operations.register(kinds.capitalisation());
        operations.register(kinds.fees());
        return kinds;
    }
}
