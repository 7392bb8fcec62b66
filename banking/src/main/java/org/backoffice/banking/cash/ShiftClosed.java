package org.backoffice.banking.cash;

import org.backoffice.platform.document.Document;

/**
 * A shift after its cashier closed it: CLOSED at once, or CLOSING while the close document waits
 * for a controller.
 *
 * @param document the ShiftClose document; null when there was nothing to post (the count tied
 *     and the cash stayed at the desk)
 */
public record ShiftClosed(Shift shift, Document document) {}
