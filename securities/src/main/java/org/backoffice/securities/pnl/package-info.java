/**
 * Realised profit and loss of a securities position: the open purchase lots of one depo account in
 * one instrument, relieved at cost by first-in-first-out or by average cost as sales come in, and
 * adjusted by splits. Pure arithmetic: no storage, no clock.
 */
package org.backoffice.securities.pnl;
