/**
 * Cash penalties for settlement fails under the CSD Regulation (Regulation (EU) No 909/2014,
 * art. 7(2)), with the parameters of Commission Delegated Regulation (EU) 2017/389 (art. 2 and 3
 * and its annex). The penalty regime applies from 1 February 2022, the date of application of the
 * settlement discipline RTS, Delegated Regulation (EU) 2018/1229, as postponed by Delegated
 * Regulation (EU) 2021/70. Pure arithmetic: the rates, the calendar and the reference prices are
 * given by the caller.
 */
package org.backoffice.securities.fail;
