package org.backoffice.server.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.reporting.DailyBalance;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.reporting.Period;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The data of the account page's chart: the posted balance at the end of each of the last days. */
@PageController
final class AccountChartController {
    static final int DEFAULT_DAYS = 90;

    private final Platform platform;
    private final FinancialReports reports;
    private final Money money;

    AccountChartController(Platform platform, FinancialReports reports, Money money) {
        this.platform = platform;
        this.reports = reports;
        this.money = money;
    }

    /** Parallel lists, as the chart takes them; balances in the asset's units, positive on the normal side. */
    public record Balances(String account, String asset, List<LocalDate> days, List<BigDecimal> balances) {}

    @GetMapping("/accounts/{number}/balances.json")
    @ResponseBody
    Balances balances(
            Viewer viewer,
            @PathVariable("number") String number,
            @RequestParam(name = "days", defaultValue = "" + DEFAULT_DAYS) int days) {
        if (days < 1 || days > FinancialReports.MAX_DAILY_BALANCES) {
            throw new IllegalArgumentException(
                    "days: must be within 1.." + FinancialReports.MAX_DAILY_BALANCES + ", was " + days);
        }
        BookAccount account = platform.accounts().visible(viewer.actor(), number);
        LocalDate today = LocalDate.now(platform.clock());
        List<DailyBalance> balances =
                reports.dailyBalances(viewer.actor(), number, Period.of(today.minusDays(days - 1), today));
        return new Balances(
                account.number(),
                account.asset(),
                balances.stream().map(DailyBalance::date).toList(),
                balances.stream()
                        .map(b -> money.decimal(b.balance(), account.asset()))
                        .toList());
    }
}
