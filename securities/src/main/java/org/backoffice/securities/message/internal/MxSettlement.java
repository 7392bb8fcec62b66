package org.backoffice.securities.message.internal;

import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DeliveryReceiptType2Code;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstrumentQuantity1Choice;
import com.prowidesoftware.swift.model.mx.dic.ReceiveDelivery1Code;
import java.math.BigDecimal;
import java.util.function.Function;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.securities.message.Direction;

/**
 * The settlement elements that sese.020, sese.023 and sese.025 read alike: the securities
 * movement (RECE or DELI), the payment (APMT or FREE), a quantity in units or face amount and an
 * optional amount with its currency. The writers' counterparts come first, the readers' after.
 */
public final class MxSettlement {
    private MxSettlement() {}

    public static ReceiveDelivery1Code movement(Direction direction) {
        return direction == Direction.RECEIVE ? ReceiveDelivery1Code.RECE : ReceiveDelivery1Code.DELI;
    }

    public static DeliveryReceiptType2Code payment(boolean againstPayment) {
        return againstPayment ? DeliveryReceiptType2Code.APMT : DeliveryReceiptType2Code.FREE;
    }

    public static ActiveCurrencyAndAmount amount(BigDecimal value, String currency) {
        return new ActiveCurrencyAndAmount().setValue(value).setCcy(currency);
    }

    /** Receiving securities against payment, we pay (debit); delivering, we are paid. */
    public static CreditDebitCode creditDebit(Direction direction) {
        return direction == Direction.RECEIVE ? CreditDebitCode.DBIT : CreditDebitCode.CRDT;
    }

    public static <S> Direction direction(String id, String path, S root, Function<S, ReceiveDelivery1Code> getter) {
        return Mx.require(id, path, root, getter) == ReceiveDelivery1Code.RECE ? Direction.RECEIVE : Direction.DELIVER;
    }

    public static <S> boolean againstPayment(
            String id, String path, S root, Function<S, DeliveryReceiptType2Code> getter) {
        return Mx.require(id, path, root, getter) == DeliveryReceiptType2Code.APMT;
    }

    public static BigDecimal quantity(String id, FinancialInstrumentQuantity1Choice quantity) {
        if (quantity.getUnit() != null) {
            return quantity.getUnit();
        }
        if (quantity.getFaceAmt() != null) {
            return quantity.getFaceAmt();
        }
        throw new MessageFormatException(id + " SttlmQty/Qty: must be Unit or FaceAmt");
    }

    public static BigDecimal value(ActiveCurrencyAndAmount amount) {
        return amount == null ? null : amount.getValue();
    }

    public static String currency(ActiveCurrencyAndAmount amount) {
        return amount == null ? null : amount.getCcy();
    }
}
