package org.backoffice.securities.trade;

/** Delivery versus payment, or free of payment (securities only). */
public enum Delivery {
    DVP,
    FOP
}
