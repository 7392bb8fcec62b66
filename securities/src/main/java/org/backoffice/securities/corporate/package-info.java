/**
 * Corporate actions' arithmetic: cash dividends with withholding tax, bond coupons and accrued
 * interest under the usual day-count conventions, coupon schedules and split ratios. Pure
 * arithmetic: no storage, no clock.
 */
package org.backoffice.securities.corporate;
