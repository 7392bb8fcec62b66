package org.backoffice.server.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The first page after sign-in: key balances, what waits for the user, and the daily turnover. */
@PageController
final class DashboardController {
    /** The chart codes whose balances the dashboard shows, with their column headings. */
    static final Map<String, String> KEY_ACCOUNTS =
            orderedMap("1010", "Cash", "1020", "Nostro", "1910", "Interbranch", "2910", "Suspense");

    static final int TURNOVER_DAYS = 14;
    static final String TURNOVER_ASSET = "USD";
    private static final int FIRST_FEW = 5;

    private final Platform platform;
    private final Money money;

    DashboardController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    /** One branch's key balances in one asset; a cell is null where the branch has no such account. */
    public record BalanceRow(String branch, String asset, List<KeyBalance> cells) {}

    public record KeyBalance(String account, String amount) {}

    /** Documents that wait for the user, and how many there are in all. */
    public record Waiting(long total, List<DocumentRow> first) {}

    /** The turnover chart's data: one amount per day, oldest first. */
    public record Turnover(String asset, List<String> days, List<BigDecimal> amounts) {}

    @GetMapping("/")
    String dashboard(Viewer viewer, Model model) {
        model.addAttribute("keyColumns", KEY_ACCOUNTS.values());
        model.addAttribute("balances", balances(viewer));
        if (viewer.approver()) {
            Page<Document> inbox = platform.documents().awaitingApproval(viewer.actor(), 0, FIRST_FEW);
            model.addAttribute("inbox", new Waiting(inbox.total(), rows(inbox.items())));
        }
        if (viewer.maker()) {
            model.addAttribute("drafts", mine(viewer, DocumentStatus.DRAFT));
            model.addAttribute("rejected", mine(viewer, DocumentStatus.REJECTED));
        }
        model.addAttribute("turnoverAsset", TURNOVER_ASSET);
        model.addAttribute("turnoverDays", TURNOVER_DAYS);
        return "platform/dashboard";
    }

    /**
     * Posted journal vouchers per value date over the last {@value #TURNOVER_DAYS} days, in the user's branches.
     * A reversed voucher is left out: its reversal cancels it.
     */
    @GetMapping("/dashboard/turnover.json")
    @ResponseBody
    Turnover turnover(Viewer viewer) {
        LocalDate today = LocalDate.now(platform.clock());
        LocalDate first = today.minusDays(TURNOVER_DAYS - 1);
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        int page = 0;
        Page<Document> documents;
        do {
            documents = platform.documents()
                    .list(
                            viewer.actor(),
                            new DocumentQuery(
                                    JournalVoucherKind.TYPE,
                                    DocumentStatus.POSTED,
                                    null,
                                    null,
                                    first,
                                    today,
                                    null,
                                    "date",
                                    page++,
                                    DocumentQuery.MAX_SIZE));
            for (Document document : documents.items()) {
                if (document.asset().equals(TURNOVER_ASSET)) {
                    perDay.merge(document.date(), document.amount(), Math::addExact);
                }
            }
        } while (page < documents.pages());
        List<String> days = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        perDay.forEach((day, units) -> {
            days.add(day.toString());
            amounts.add(money.decimal(units, TURNOVER_ASSET));
        });
        return new Turnover(TURNOVER_ASSET, days, amounts);
    }

    private List<BalanceRow> balances(Viewer viewer) {
        Map<String, Map<String, KeyBalance>> byBranchAndAsset = new TreeMap<>();
        Page<BookAccount> accounts = platform.accounts().list(viewer.actor(), null, null, 0, 1000);
        for (BookAccount account : accounts.items()) {
            if (KEY_ACCOUNTS.containsKey(account.chartCode())) {
                long balance = platform.accounts()
                        .balance(viewer.actor(), account.number(), null)
                        .posted();
                byBranchAndAsset
                        .computeIfAbsent(account.branch() + " " + account.asset(), k -> new LinkedHashMap<>())
                        .putIfAbsent(
                                account.chartCode(),
                                new KeyBalance(account.number(), money.display(balance, account.asset())));
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        byBranchAndAsset.forEach((key, cells) -> {
            String[] branchAndAsset = key.split(" ");
            List<KeyBalance> row = new ArrayList<>();
            for (String code : KEY_ACCOUNTS.keySet()) {
                row.add(cells.get(code));
            }
            rows.add(new BalanceRow(branchAndAsset[0], branchAndAsset[1], row));
        });
        return rows;
    }

    private Waiting mine(Viewer viewer, DocumentStatus status) {
        Page<Document> page = platform.documents()
                .list(
                        viewer.actor(),
                        new DocumentQuery(
                                null, status, null, viewer.username(), null, null, null, "-created", 0, FIRST_FEW));
        return new Waiting(page.total(), rows(page.items()));
    }

    private List<DocumentRow> rows(List<Document> documents) {
        return documents.stream().map(d -> DocumentRow.of(d, money)).toList();
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
