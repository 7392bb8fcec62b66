package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.organisation.Accounts;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.PageJson;
import org.backoffice.server.web.Paging;
import org.backoffice.server.web.Params;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Accounts",
        description = "Book accounts of the caller's branches: balances and statements. Every balance is the posted"
                + " balance, positive on the account's normal side (a debit balance of an asset account, a credit"
                + " balance of a liability, both positive), as decimal text in the account's asset.")
@RestController
@RequestMapping("/api/accounts")
class AccountsController {
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final Platform platform;
    private final Accounts accounts;

    AccountsController(Platform platform) {
        this.platform = platform;
        this.accounts = platform.accounts();
    }

    @Schema(name = "Account")
    record AccountJson(
            @Schema(example = "HO-1010-USD") String number,
            String name,
            String branch,
            String asset,
            String chartCode,
            Side normalSide,
            BalanceLimit limit,

            @Schema(description = "Posted balance, positive on the normal side", example = "1250.00")
            String balance) {}

    @Schema(name = "AccountBalance")
    record BalanceJson(
            String account,

            @Schema(description = "The value date the balance is as of; null for the balance now")
            LocalDate asOf,

            String debitsPosted,
            String creditsPosted,
            String debitsPending,
            String creditsPending,

            @Schema(description = "Posted balance, positive on the normal side")
            String balance) {}

    @Schema(name = "StatementLine")
    record StatementLineJson(
            String transactionId,
            int postingIndex,
            String kind,
            LocalDate valueDate,
            Instant bookedAt,

            @Schema(description = "Whether this account was debited or credited")
            Side side,

            String amount,

            @Schema(description = "The book account on the other side of the posting")
            String counterAccount,

            @Schema(description = "Posted balance after this line, positive on the normal side")
            String balanceAfter,

            @Schema(description = "The source, e.g. JournalVoucher:<document id>")
            String reference) {}

    @Schema(name = "Statement")
    record StatementJson(
            String account,
            String asset,
            LocalDate from,
            LocalDate to,

            @Schema(description = "Posted balance before the first line of this page")
            String openingBalance,

            @Schema(description = "Posted balance after the last line of this page")
            String closingBalance,

            List<StatementLineJson> lines,

            @Schema(description = "Pass as cursor (with the same from and to) for the next page; null on the last")
            String next) {}

    record OpenAccountRequest(
            @Schema(example = "HO") String branch,
            @Schema(example = "2010") String chartCode,
            @Schema(example = "USD") String asset,

            @Schema(description = "Optional, makes the number BRANCH-CHART-ASSET-SUFFIX", example = "003")
            String suffix,

            String name,
            BalanceLimit limit) {}

    @Operation(summary = "Accounts of the caller's branches, optionally of one branch and asset, by number")
    @GetMapping
    PageJson<AccountJson> list(
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "asset", required = false) String asset,
            Paging paging,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return PageJson.of(
                accounts.list(actor, branch, asset, paging.page(), paging.size()), account -> json(actor, account));
    }

    @Operation(summary = "One account with its balance")
    @GetMapping("/{number}")
    AccountJson get(@PathVariable("number") String number, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return json(actor, accounts.visible(actor, number));
    }

    @Operation(summary = "An account's posted and pending totals, now or at the end of a value date")
    @GetMapping("/{number}/balance")
    BalanceJson balance(
            @PathVariable("number") String number,
            @Parameter(description = "YYYY-MM-DD; omitted for now") @RequestParam(name = "asOf", required = false)
                    String asOf,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        LocalDate date = Params.date("asOf", asOf);
        BookAccount account = accounts.visible(actor, number);
        Balance balance = accounts.balance(actor, number, date);
        int scale = scale(account.asset());
        return new BalanceJson(
                account.number(),
                date,
                Amount.plain(balance.debitsPosted(), scale),
                Amount.plain(balance.creditsPosted(), scale),
                Amount.plain(balance.debitsPending(), scale),
                Amount.plain(balance.creditsPending(), scale),
                Amount.plain(balance.posted(), scale));
    }

    @Operation(
            summary = "An account's statement: posted movements in booking order with the running balance",
            description = "from and to are booking dates (inclusive) in the server's time zone. Pages continue with"
                    + " the cursor the previous page gave, and the same from and to.")
    @GetMapping("/{number}/statement")
    StatementJson statement(
            @PathVariable("number") String number,
            @Parameter(description = "YYYY-MM-DD, booked on or after") @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "YYYY-MM-DD, booked on or before") @RequestParam(name = "to", required = false)
                    String to,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "size", required = false) Integer size,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new IllegalArgumentException("from: must not be after to");
        }
        Optional<StatementCursor> after = Optional.ofNullable(cursor).map(AccountsController::cursor);
        int pageSize = Params.size(size);
        BookAccount account = accounts.visible(actor, number);
        ZoneId zone = platform.clock().getZone();
        StatementQuery query = new StatementQuery(
                account.ledgerId(),
                fromDate == null ? Instant.EPOCH : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null
                        ? END_OF_TIME
                        : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                after,
                pageSize);
        StatementPage page = accounts.statement(actor, number, query);
        int scale = scale(account.asset());
        List<StatementLineJson> lines =
                page.lines().stream().map(line -> line(line, scale)).toList();
        return new StatementJson(
                account.number(),
                account.asset(),
                fromDate,
                toDate,
                Amount.plain(page.openingBalance(), scale),
                Amount.plain(page.closingBalance(), scale),
                lines,
                page.next().map(AccountsController::cursor).orElse(null));
    }

    @Operation(
            summary = "Opens a book account (ADMINISTRATOR or ACCOUNTANT)",
            description = "The number is BRANCH-CHART-ASSET[-SUFFIX]; the chart code gives the normal side.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<AccountJson> open(@RequestBody OpenAccountRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        BookAccount account = accounts.open(
                actor,
                new OpenBookAccount(
                        request.branch(),
                        request.chartCode(),
                        request.asset(),
                        request.suffix(),
                        request.name(),
                        request.limit()));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.number()))
                .body(json(actor, account));
    }

    private AccountJson json(Actor actor, BookAccount account) {
        Balance balance = accounts.balance(actor, account.number(), null);
        return new AccountJson(
                account.number(),
                account.name(),
                account.branch(),
                account.asset(),
                account.chartCode(),
                balance.normalSide(),
                account.limit(),
                Amount.plain(balance.posted(), scale(account.asset())));
    }

    private StatementLineJson line(StatementLine line, int scale) {
        String counter = accounts.byLedgerId(line.counterAccount())
                .map(BookAccount::number)
                .orElse(null);
        return new StatementLineJson(
                Long.toString(line.transactionId().value()),
                line.postingIndex(),
                line.kind().name(),
                line.valueDate(),
                line.bookedAt(),
                line.side(),
                Amount.plain(line.amount(), scale),
                counter,
                Amount.plain(line.balanceAfter(), scale),
                line.reference());
    }

    private int scale(String asset) {
        return accounts.asset(asset)
                .orElseThrow(() -> new IllegalStateException("asset " + asset + " is not defined"))
                .scale();
    }

    /** A cursor as clients see it: opaque text, so that its parts may change. */
    static String cursor(StatementCursor cursor) {
        String plain = cursor.bookedAtMicros() + ":" + cursor.transactionId() + ":" + cursor.postingIndex();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    static StatementCursor cursor(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 3) {
                return new StatementCursor(
                        Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // refused below; NumberFormatException is one, too
        }
        throw new IllegalArgumentException(
                "cursor: must be the next cursor of a statement page, was '" + Params.abbreviated(text) + "'");
    }
}
