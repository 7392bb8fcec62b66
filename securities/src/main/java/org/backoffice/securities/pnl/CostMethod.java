package org.backoffice.securities.pnl;

/** How a sale is charged with the cost of the position it reduces. */
public enum CostMethod {
    /** The oldest open lot first: the cost of a sale is the cost of the earliest shares still held. */
    FIFO,
    /** One pool: a sale is charged the average cost of the whole position at the time of sale. */
    AVERAGE
}
