package org.backoffice.securities.registrar;

/** A transfer order's way: generated, sent to the registrar, completed once its extract is in. */
public enum TransferOrderStatus {
    GENERATED,
    SENT,
    COMPLETED
}
