package org.backoffice.securities.custody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.reference.DepoAccount;

/**
 * The book accounts securities post to, opened on first use. Per depo account: a position per
 * instrument (2110 for a client's, held in custody; 1120 for the firm's own) and money per currency
 * (2030 client money; 1027 the firm's own funds). Per branch: 1110 securities at the depository,
 * 1190 the trading account that balances each asset of the firm's own trades, 1025 cash at the
 * settlement bank, 4040 fees.
 */
public final class Books {
    public static final String SETTLEMENT_CASH = "1025";
    public static final String HOUSE_MONEY = "1027";
    public static final String DEPOSITORY = "1110";
    public static final String HOUSE_POSITION = "1120";
    public static final String TRADING = "1190";
    public static final String CLIENT_MONEY = "2030";
    public static final String CLIENT_POSITION = "2110";
    public static final String PENALTIES_PAYABLE = "2520";
    public static final String FEES = "4040";
    public static final String INCOME = "4050";
    public static final String PENALTIES = "5050";

    private final Platform platform;
    private final Actor system = Actor.system("securities");
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public Books(Platform platform) {
        this.platform = platform;
    }

    /** The account holding the depo account's units of the instrument. */
    public long position(DepoAccount depo, String isin) {
        return id(positionRequest(depo, isin));
    }

    /** The depo account's money in the currency. */
    public long money(DepoAccount depo, String currency) {
        return id(moneyRequest(depo, currency));
    }

    /** The branch's account of an asset at the depository, settlement bank, trading or fees line. */
    public long branch(String branch, String chartCode, String asset) {
        return id(branchRequest(branch, chartCode, asset));
    }

    public static String positionNumber(DepoAccount depo, String isin) {
        return positionRequest(depo, isin).number();
    }

    public static String moneyNumber(DepoAccount depo, String currency) {
        return moneyRequest(depo, currency).number();
    }

    /** Opens, in bulk, whichever of these accounts are not open yet. */
    public synchronized void ensure(List<OpenBookAccount> requests) {
        Map<String, OpenBookAccount> missing = new LinkedHashMap<>();
        for (OpenBookAccount request : requests) {
            if (!ids.containsKey(request.number()) && !missing.containsKey(request.number())) {
                Optional<BookAccount> open = platform.accounts().account(request.number());
                if (open.isPresent()) {
                    ids.put(request.number(), open.get().ledgerId().value());
                } else {
                    missing.put(request.number(), request);
                }
            }
        }
        if (!missing.isEmpty()) {
            for (BookAccount opened : platform.accounts().openAll(system, new ArrayList<>(missing.values()))) {
                ids.put(opened.number(), opened.ledgerId().value());
            }
        }
    }

    public static OpenBookAccount positionRequest(DepoAccount depo, String isin) {
        return request(depo, isin, HOUSE_POSITION, "Own position", CLIENT_POSITION, "Custody");
    }

    public static OpenBookAccount moneyRequest(DepoAccount depo, String currency) {
        return request(depo, currency, HOUSE_MONEY, "Own funds", CLIENT_MONEY, "Client money");
    }

    /** The firm's own holdings are assets (debit balances), a client's are liabilities to the client. */
    private static OpenBookAccount request(
            DepoAccount depo, String asset, String houseType, String houseName, String clientType, String clientName) {
        return depo.house()
                ? new OpenBookAccount(
                        depo.branch(),
                        houseType,
                        asset,
                        depo.code(),
                        houseName + " " + depo.code(),
                        BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS)
                : new OpenBookAccount(
                        depo.branch(),
                        clientType,
                        asset,
                        depo.code(),
                        clientName + " " + depo.code(),
                        BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS);
    }

    public static OpenBookAccount branchRequest(String branch, String chartCode, String asset) {
        String name = switch (chartCode) {
            case SETTLEMENT_CASH -> "Cash at the settlement bank";
            case DEPOSITORY -> "Securities at the depository";
            case TRADING -> "Trading account";
            case FEES -> "Brokerage fees";
            case INCOME -> "Dividends and coupons";
            case PENALTIES_PAYABLE -> "Settlement penalties payable";
            case PENALTIES -> "Settlement penalties";
            default -> "Securities " + chartCode;
        };
        return new OpenBookAccount(branch, chartCode, asset, null, name, BalanceLimit.NONE);
    }

    /** The ledger id of the account this request opens, opening it if need be. */
    public long id(OpenBookAccount request) {
        Long id = ids.get(request.number());
        if (id == null) {
            ensure(List.of(request));
            id = ids.get(request.number());
        }
        return id;
    }
}
