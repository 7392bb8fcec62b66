package org.backoffice.banking;

import org.backoffice.platform.document.DocumentBody;

/** A document body that moves one amount of one currency, in that currency's minor units. */
public interface MoneyBody extends DocumentBody {
    String currency();

    long amount();
}
