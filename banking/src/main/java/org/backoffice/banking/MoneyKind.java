package org.backoffice.banking;

import org.backoffice.platform.document.DocumentKind;

/** A document type whose approval policy weighs the one amount its body moves, in its currency. */
public interface MoneyKind<B extends MoneyBody> extends DocumentKind<B> {
    @Override
    default String asset(B body) {
        return body.currency();
    }

    @Override
    default long amount(B body) {
        return body.amount();
    }
}
