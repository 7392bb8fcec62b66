package org.backoffice.securities.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.journal.OpeningBalances;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;
import org.backoffice.platform.statement.Holding;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.Mt535Reader;
import org.backoffice.platform.statement.Mt535Writer;
import org.backoffice.securities.Securities;
import org.backoffice.securities.confirmation.CounterpartyConfirmation;
import org.backoffice.securities.corporate.CorporateAction;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.corporate.NewCorporateAction;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.message.Mt548Writer;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.message.StatusKind;
import org.backoffice.securities.reconciliation.ReconciliationResult;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Isin;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.registrar.TransferOrder;
import org.backoffice.securities.settlement.ImportedMessage;
import org.backoffice.securities.settlement.InstructOutcome;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeCsv;
import org.backoffice.securities.trade.TradeQuery;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;

/**
 * The demo broker's week for {@code serve --demo}, grown on the demo organisation: three markets,
 * shares, bonds and a registrar-held share, counterparties with standing instructions, client and
 * house depo accounts with money and opening positions, and the five business days before today
 * traded (a FIX drop copy per branch desk, a CSV file, tickets by hand), instructed, and answered by
 * the depository in SWIFT: matched, unmatched, failing, settled in full and in part, cancelled.
 * Everything goes through the public services as the demo users would do it. Seeded, so every demo
 * looks the same relative to its day.
 */
public final class DemoBroker {
    /** Fills in the week's drop copies, all desks together. */
    public static final int FILLS = 150;

    public static final String CREST = "CRSTGB22XXX";
    public static final String CLEARSTREAM = "DAKVDEFFXXX";
    public static final String DTC = "DTCYUS33XXX";
    public static final String REGISTRAR = "REGSGB2LXXX";
    public static final String OUR_BIC = "DEMOGB2LXXX";
    public static final String ALPHA = Lei.withCheckDigits("DEMOALPHABROKER001");
    public static final String BETA = Lei.withCheckDigits("DEMOBETABANKXXX002");
    public static final String GAMMA = Lei.withCheckDigits("DEMOGAMMASECSUS003");
    /** A well-formed LEI nobody set up: its trade waits in the repair queue. */
    public static final String UNKNOWN = Lei.withCheckDigits("DEMOUNKNOWNCPTY004");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] COUNTERPARTIES = {ALPHA, BETA, GAMMA};
    private static final String[] BICS = {"ALPHGB22XXX", "BETAGB22XXX", "GAMMUS33XXX"};
    private static final String[] HO = {"C1001", "C1002", "C1003"};
    private static final String[] B1 = {"C2001", "C2002", "C2003"};
    private static final String[] B2 = {"C3001", "C3002"};
    private static final String HOUSE = "OWN01";

    private record Listed(String isin, String market, String currency, String price) {}

    private final Securities securities;
    private final Random random = new Random(20261123);
    private final List<Listed> listed = new ArrayList<>();
    private final Map<String, Listed> byIsin = new LinkedHashMap<>();
    private final Actor admin;
    private int messages;
    private int refs;

    private DemoBroker(Securities securities) {
        this.securities = securities;
        this.admin = user("admin");
    }

    /**
     * Loads the week unless securities reference data exists already; returns the trades it
     * captured, 0 when it did nothing. Needs the demo organisation and its users.
     */
    public static int loadInto(Securities securities) {
        if (!securities.markets().list().isEmpty()
                || !securities.instruments().list().isEmpty()) {
            return 0;
        }
        return new DemoBroker(securities).load();
    }

    private int load() {
        LocalDate today = LocalDate.ofInstant(securities.platform().clock().instant(), LONDON);
        List<LocalDate> week = week(today);
        referenceData(week.get(0));
        openingBalances(week.get(0));
        int trades = 0;
        trades += dropCopies(week);
        trades += csvAndHand(week);
        List<Instruction> instructed = instructAll();
        depositoryAnswers(instructed, today, week);
        registrar(today);
        dividend(week, today);
        confirmations();
        holdingsStatement(today);
        return trades;
    }

    /** The five business days before today on the London calendar, oldest first. */
    private List<LocalDate> week(LocalDate today) {
        Market xlon = new Market("XLON", "London Stock Exchange", "GB", 2);
        var calendar = securities.markets().calendar(xlon);
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.minusDays(1);
        while (days.size() < 5) {
            if (calendar.isBusinessDay(day)
                    && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, day);
            }
            day = day.minusDays(1);
        }
        return days;
    }

    private void referenceData(LocalDate opened) {
        securities.markets().add(admin, new Market("XLON", "London Stock Exchange", "GB", 2));
        // No German or US holiday calendar in the demo organisation: weekends only there.
        securities.markets().add(admin, new Market("XETR", "Xetra", "DE", 2));
        securities.markets().add(admin, new Market("XNYS", "New York Stock Exchange", "US", 1));
        share("GB00DEMOS01", "Thames Water Works plc", "XLON", "GBP", CREST, "4.20", false);
        share("GB00DEMOS02", "Albion Telecom plc", "XLON", "GBP", CREST, "1.85", false);
        share("DE000DEMO01", "Rhein Maschinenbau AG", "XETR", "EUR", CLEARSTREAM, "62.40", false);
        share("DE000DEMO02", "Bayern Chemie AG", "XETR", "EUR", CLEARSTREAM, "38.15", false);
        share("US00DEMOS01", "Hudson Semiconductors Inc", "XNYS", "USD", DTC, "145.30", false);
        share("US00DEMOS02", "Prairie Rail Corp", "XNYS", "USD", DTC, "57.80", false);
        share("GB00DEMOR01", "Cornish Tin Mining Ltd (registered)", "XLON", "GBP", REGISTRAR, "0.92", true);
        bond("GB00DEMOB01", "Demo Treasury 4.25% 2031", "XLON", "GBP", CREST, "4.25", 2, "98.75");
        bond("DE000DEMOB1", "Rhein Maschinenbau 3% 2029 bond", "XETR", "EUR", CLEARSTREAM, "3", 1, "99.40");
        String[] names = {"Alpha Brokers Ltd", "Beta Bank plc", "Gamma Securities LLC"};
        for (int i = 0; i < COUNTERPARTIES.length; i++) {
            securities.counterparties().add(admin, new Counterparty(COUNTERPARTIES[i], BICS[i], names[i]));
            // Gamma's London business is in the registered share: its XLON instruction is at the registrar.
            String london = COUNTERPARTIES[i].equals(GAMMA) ? REGISTRAR : CREST;
            for (String[] market : new String[][] {{"XLON", london}, {"XETR", CLEARSTREAM}, {"XNYS", DTC}}) {
                securities
                        .counterparties()
                        .addInstruction(
                                admin,
                                new StandingInstruction(
                                        0,
                                        COUNTERPARTIES[i],
                                        market[0],
                                        market[1],
                                        BICS[i],
                                        market[0].substring(1) + BICS[i].substring(0, 4),
                                        "GB29NWBK60161331926819",
                                        opened.minusYears(1)));
            }
        }
        String[] owners = {
            "Jane Investor", "Northwind Traders Ltd pension", "Ada Lovelace", "Riverside Pension Fund",
            "Alan Turing", "Contoso Bakery Ltd", "Hillside Charitable Trust", "Grace Hopper"
        };
        int owner = 0;
        for (String[] branch : new String[][] {HO, B1, B2}) {
            for (String code : branch) {
                String branchCode = branch == HO ? "HO" : branch == B1 ? "B1" : "B2";
                securities.depoAccounts().open(admin, code, branchCode, OwnerKind.CLIENT, owners[owner++], null);
            }
        }
        securities.depoAccounts().open(admin, HOUSE, "HO", OwnerKind.HOUSE, "Demo Securities own account", null);
    }

    private void share(
            String body, String name, String mic, String ccy, String place, String price, boolean registrar) {
        String isin = add(
                body,
                InstrumentKind.EQUITY,
                name,
                ccy,
                BigDecimal.ONE,
                mic,
                place,
                registrar,
                registrar ? PenaltyCategory.SHARES_ILLIQUID : PenaltyCategory.SHARES_LIQUID,
                null);
        remember(new Listed(isin, mic, ccy, price), !registrar);
    }

    private void bond(
            String body, String name, String mic, String ccy, String place, String rate, int frequency, String price) {
        String isin = add(
                body,
                InstrumentKind.BOND,
                name,
                ccy,
                new BigDecimal("100"),
                mic,
                place,
                false,
                PenaltyCategory.OTHER_DEBT,
                new Coupon(
                        new BigDecimal(rate),
                        frequency,
                        LocalDate.of(2026, 3, 15),
                        LocalDate.of(2031, 3, 15),
                        DayCount.THIRTY_360));
        remember(new Listed(isin, mic, ccy, price), true);
    }

    /** Adds the instrument whose ISIN is the body with its check digit, and returns that ISIN. */
    private String add(
            String body,
            InstrumentKind kind,
            String name,
            String ccy,
            BigDecimal nominal,
            String mic,
            String place,
            boolean registrar,
            PenaltyCategory penaltyCategory,
            Coupon coupon) {
        String isin = Isin.withCheckDigit(body).value();
        securities
                .instruments()
                .add(
                        admin,
                        new Instrument(isin, kind, name, ccy, nominal, mic, place, registrar, penaltyCategory, coupon));
        return isin;
    }

    private void remember(Listed instrument, boolean onTheVenue) {
        byIsin.put(instrument.isin(), instrument);
        if (onTheVenue) {
            listed.add(instrument);
        }
    }

    private List<String> clients() {
        List<String> all = new ArrayList<>(List.of(HO));
        all.addAll(List.of(B1));
        all.addAll(List.of(B2));
        return all;
    }

    /** Money and positions brought in before the week: deposits through the settlement bank, transfers-in. */
    private void openingBalances(LocalDate day) {
        List<String> depos = clients();
        depos.add(HOUSE);
        List<OpeningBalances.Entry> transfers = new ArrayList<>();
        Books books = securities.books();
        for (String code : depos) {
            DepoAccount depo = securities.depoAccounts().find(code).orElseThrow();
            for (String ccy : List.of("GBP", "EUR", "USD")) {
                long bank = books.branch(depo.branch(), Books.SETTLEMENT_CASH, ccy);
                long money = books.money(depo, ccy);
                long units = (depo.house() ? 20_000_000L : 2_000_000L) * 100;
                transfers.add(transfer(
                        depo.branch(),
                        day,
                        depo.house() ? money : bank,
                        depo.house() ? books.branch(depo.branch(), "3010", ccy) : money,
                        ccy,
                        units));
            }
            for (String isin : byIsin.keySet()) {
                long position = books.position(depo, isin);
                long quantity = depo.house() ? 200_000 : 50_000;
                transfers.add(transfer(
                        depo.branch(),
                        day,
                        depo.house() ? position : books.branch(depo.branch(), Books.DEPOSITORY, isin),
                        depo.house() ? books.branch(depo.branch(), Books.TRADING, isin) : position,
                        isin,
                        quantity));
            }
        }
        var platform = securities.platform();
        for (var future : platform.operations().submit(admin, platform.openingBalances(), transfers)) {
            Outcome outcome = future.join();
            if (!outcome.accepted()) {
                throw new IllegalStateException("demo opening balance refused: " + outcome);
            }
        }
    }

    private OpeningBalances.Entry transfer(
            String branch, LocalDate day, long debit, long credit, String asset, long amount) {
        return new OpeningBalances.Entry(
                branch,
                Transfer.of(
                        securities.platform().ids().next(),
                        day,
                        new Posting(AccountId.of(debit), AccountId.of(credit), AssetCode.of(asset), amount)));
    }

    /** Each branch desk's drop copy from the venue for the week, read from its FIX message log. */
    private int dropCopies(List<LocalDate> week) {
        Map<String, List<FixFill>> byDesk = new LinkedHashMap<>();
        List<String> depos = clients();
        depos.add(HOUSE);
        for (int i = 0; i < FILLS; i++) {
            LocalDate day = week.get(i * week.size() / FILLS);
            Listed instrument = listed.get(random.nextInt(listed.size()));
            String depo = depos.get(random.nextInt(depos.size()));
            boolean buy = random.nextInt(100) < 55;
            long quantity = instrument.isin().contains("DEMOB")
                    ? 10L * (1 + random.nextInt(50))
                    : 50L * (1 + random.nextInt(40));
            int party = random.nextInt(instrument.market().equals("XLON") ? 2 : 3);
            // The venue names the counterparty by LEI or by BIC; both are enriched.
            String counterparty = random.nextBoolean() ? COUNTERPARTIES[party] : BICS[party];
            String execId = "X" + day.toString().replace("-", "") + "-" + String.format("%03d", i + 1);
            FixFill fill = new FixFill(
                    execId,
                    "O" + execId.substring(1),
                    null,
                    buy ? org.backoffice.securities.message.Side.BUY : org.backoffice.securities.message.Side.SELL,
                    instrument.isin(),
                    BigDecimal.valueOf(quantity),
                    price(instrument),
                    instrument.currency(),
                    day,
                    null,
                    depo,
                    counterparty,
                    instrument.market(),
                    day.atTime(LocalTime.of(9, 0).plusMinutes(3L * (i % 100)))
                            .atZone(LONDON)
                            .toInstant(),
                    ExecKind.NEW,
                    null);
            String desk = securities.depoAccounts().find(depo).orElseThrow().branch();
            byDesk.computeIfAbsent(desk, d -> new ArrayList<>()).add(fill);
        }
        int captured = 0;
        for (Map.Entry<String, List<FixFill>> desk : byDesk.entrySet()) {
            captured += (int) captureLog(operator(desk.getKey()), desk.getValue());
        }
        return captured;
    }

    private long captureLog(Actor operator, List<FixFill> fills) {
        Path log = null;
        try {
            log = Files.createTempFile("demo-drop-copy-", ".messages.log");
            StringWriter text = new StringWriter();
            try (FixLogWriter writer = new FixLogWriter(text, "VENUE", "BACKOFFICE", true)) {
                for (FixFill fill : fills) {
                    writer.write(fill);
                }
            }
            Files.writeString(log, text.toString(), StandardCharsets.US_ASCII);
            return securities
                    .dropCopy()
                    .captureLog(operator, log, 100, outcomes -> {})
                    .captured();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }

    private Asset asset(String code) {
        return securities.platform().accounts().asset(code).orElseThrow();
    }

    private BigDecimal price(Listed instrument) {
        BigDecimal base = new BigDecimal(instrument.price());
        BigDecimal move = BigDecimal.valueOf(random.nextInt(41) - 20).movePointLeft(3);
        return base.multiply(BigDecimal.ONE.add(move))
                .setScale(base.scale() < 2 ? 2 : base.scale(), RoundingMode.HALF_EVEN);
    }

    /** The tickets that did not come from the venue: a CSV file from the fund desk and a few by hand. */
    private int csvAndHand(List<LocalDate> week) {
        Actor operator = operator("HO");
        Actor controller = user("controller.ho");
        Listed gilt = byIsin.values().stream()
                .filter(l -> l.isin().startsWith("GB00DEMOB"))
                .findFirst()
                .orElseThrow();
        Listed share = listed.get(0);
        StringBuilder csv = new StringBuilder(String.join(",", TradeCsv.COLUMNS)).append('\n');
        for (int i = 0; i < 4; i++) {
            Listed l = i % 2 == 0 ? gilt : share;
            csv.append(String.join(
                            ",",
                            "CSV-" + (i + 1),
                            i < 2 ? "BUY" : "SELL",
                            l.isin(),
                            Long.toString(i % 2 == 0 ? 200 : 1500),
                            price(l).toPlainString(),
                            l.currency(),
                            week.get(1 + i).toString(),
                            "",
                            HO[i % HO.length],
                            COUNTERPARTIES[i % 2],
                            l.market(),
                            "DVP"))
                    .append('\n');
        }
        int captured = (int)
                TradeCsv.load(securities.trades(), operator, csv.toString()).count(CaptureOutcome.Kind.CAPTURED);
        String registered = byIsin.values().stream()
                .filter(l -> l.isin().startsWith("GB00DEMOR"))
                .findFirst()
                .orElseThrow()
                .isin();
        captured +=
                hand(operator, ticket("HAND-REG-1", Side.BUY, registered, 5_000, "0.91", week.get(1), HO[0], GAMMA));
        captured +=
                hand(operator, ticket("HAND-REG-2", Side.SELL, registered, 2_000, "0.93", week.get(3), HO[1], GAMMA));
        // Left in the repair queue: the counterparty's LEI is not set up.
        securities
                .trades()
                .capture(
                        operator,
                        TradeSource.MANUAL,
                        ticket(
                                "HAND-REPAIR-1",
                                Side.BUY,
                                share.isin(),
                                300,
                                share.price(),
                                week.get(4),
                                HO[2],
                                UNKNOWN));
        // Repaired: captured against the unknown LEI, amended to Beta by the operator, approved by a controller.
        CaptureOutcome repaired = securities
                .trades()
                .capture(
                        operator,
                        TradeSource.MANUAL,
                        ticket(
                                "HAND-REPAIR-2",
                                Side.SELL,
                                share.isin(),
                                400,
                                share.price(),
                                week.get(3),
                                HO[0],
                                UNKNOWN));
        var amendment = securities
                .trades()
                .proposeAmendment(
                        operator,
                        repaired.trade().id(),
                        ticket("HAND-REPAIR-2", Side.SELL, share.isin(), 400, share.price(), week.get(3), HO[0], BETA),
                        "counterparty is Beta Bank, confirmed by phone");
        securities.trades().approve(controller, repaired.trade().id(), amendment.version());
        captured++;
        // Cancelled before it was instructed: the client withdrew the order.
        CaptureOutcome withdrawn = securities
                .trades()
                .capture(
                        operator,
                        TradeSource.MANUAL,
                        ticket("HAND-CXL-1", Side.BUY, gilt.isin(), 100, gilt.price(), week.get(4), HO[1], ALPHA));
        var cancellation = securities
                .trades()
                .proposeCancellation(operator, withdrawn.trade().id(), "client withdrew the order");
        securities.trades().approve(controller, withdrawn.trade().id(), cancellation.version());
        return captured + 2;
    }

    private int hand(Actor operator, NewTrade ticket) {
        CaptureOutcome outcome = securities.trades().capture(operator, TradeSource.MANUAL, ticket);
        if (outcome.kind() != CaptureOutcome.Kind.CAPTURED) {
            throw new IllegalStateException(
                    "demo ticket " + ticket.tradeRef() + " was " + outcome.kind() + " " + outcome.errors());
        }
        return 1;
    }

    private NewTrade ticket(
            String ref,
            Side side,
            String isin,
            long quantity,
            String price,
            LocalDate day,
            String depo,
            String counterparty) {
        Listed l = byIsin.get(isin);
        return new NewTrade(
                ref,
                side,
                isin,
                quantity,
                new BigDecimal(price),
                l.currency(),
                day,
                null,
                depo,
                counterparty,
                l.market(),
                Delivery.DVP);
    }

    /** Every branch's operator instructs the branch's new trades. */
    private List<Instruction> instructAll() {
        List<Instruction> instructed = new ArrayList<>();
        for (String branch : List.of("HO", "B1", "B2")) {
            Actor operator = operator(branch);
            List<Long> ids = new ArrayList<>();
            for (Trade trade : newTrades(operator)) {
                ids.add(trade.id());
            }
            for (InstructOutcome outcome : securities.settlement().instructAll(operator, ids)) {
                if (outcome.instruction() != null) {
                    instructed.add(outcome.instruction());
                }
            }
        }
        instructed.sort(Comparator.comparing(Instruction::settlementDate).thenComparing(Instruction::reference));
        return instructed;
    }

    private List<Trade> newTrades(Actor operator) {
        List<Trade> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var items = securities
                    .trades()
                    .list(operator, new TradeQuery(null, TradeStatus.NEW, null, null, null, page, 200))
                    .items();
            found.addAll(items);
            if (items.size() < 200) {
                return found;
            }
        }
    }

    /**
     * The depository's answers: matched (one unmatched), settled on the settlement date when that
     * has come, one settled in part, one failing for lack of securities with its penalties, and one
     * cancelled by maker-checker after it was instructed.
     */
    private void depositoryAnswers(List<Instruction> instructed, LocalDate today, List<LocalDate> week) {
        Map<String, List<String>> byBranch = new LinkedHashMap<>();
        Instruction unmatched = null;
        Instruction failing = null;
        Instruction partial = null;
        Instruction cancelled = null;
        for (Instruction in : instructed) {
            if (in.registrar()) {
                continue;
            }
            List<String> out = byBranch.computeIfAbsent(in.branch(), b -> new ArrayList<>());
            boolean due = !in.settlementDate().isAfter(today);
            if (unmatched == null && !due) {
                unmatched = in;
                out.add(status(in, StatusKind.UNMATCHED, "CMIS", in.tradeDate()));
                continue;
            }
            out.add(status(in, StatusKind.MATCHED, null, in.tradeDate()));
            if (failing == null
                    && due
                    && in.branch().equals("HO")
                    && in.settlementDate().isBefore(today.minusDays(1))) {
                failing = in;
                out.add(status(in, StatusKind.FAILING, "LACK", in.settlementDate()));
            } else if (partial == null && due && in.branch().equals("HO") && in.quantity() >= 20) {
                partial = in;
                out.add(confirmation(in, in.quantity() / 2, in.settlementDate(), true));
            } else if (cancelled == null && !due && in.branch().equals("HO")) {
                cancelled = in;
            } else if (due) {
                out.add(confirmation(in, in.quantity(), in.settlementDate(), false));
            }
        }
        for (Map.Entry<String, List<String>> branch : byBranch.entrySet()) {
            List<ImportedMessage> applied = securities
                    .settlement()
                    .importMessages(operator(branch.getKey()), String.join("\n", branch.getValue()));
            for (ImportedMessage m : applied) {
                if (m.error() != null) {
                    throw new IllegalStateException(
                            "demo message " + m.kind() + " " + m.reference() + ": " + m.error());
                }
            }
        }
        if (cancelled != null) {
            securities.settlement().cancel(operator("HO"), cancelled.id(), "client withdrew the order");
            securities.settlement().approveCancel(user("controller.ho"), cancelled.id());
        }
        if (failing != null) {
            Actor controller = user("controller.ho");
            for (LocalDate day = failing.settlementDate(); day.isBefore(today); day = day.plusDays(1)) {
                securities.fails().accrue(controller, day);
            }
        }
    }

    private String status(Instruction in, StatusKind kind, String reason, LocalDate on) {
        return Mt548Writer.write(
                new SettlementStatus(
                        in.reference(),
                        kind,
                        reason,
                        null,
                        on.atTime(14, 0).atZone(LONDON).toInstant()),
                "DS" + (++messages),
                in.place(),
                OUR_BIC);
    }

    private String confirmation(Instruction in, long quantity, LocalDate on, boolean partial) {
        long part = BigDecimal.valueOf(in.settlementAmount())
                .multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(in.quantity()), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        BigDecimal amount = Amount.of(asset(in.currency()), part).decimal();
        SettlementConfirmation confirmation = new SettlementConfirmation(
                in.reference(),
                "DC" + (++messages),
                in.direction(),
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                amount,
                in.currency(),
                on,
                partial,
                false);
        return Mt54xConfirmationWriter.write(confirmation, in.depoAccount(), in.place(), in.place(), OUR_BIC);
    }

    /** The registrar's transfer orders: one completed with its extract, one still waiting for it. */
    private void registrar(LocalDate today) {
        Actor operator = operator("HO");
        Actor controller = user("controller.ho");
        for (String ref : List.of("HAND-REG-1", "HAND-REG-2")) {
            Trade trade = securities.trades().findByRef(ref).orElseThrow();
            TransferOrder order = securities.transferOrders().generate(operator, trade.id());
            // Sent the day it was generated: a load that runs past midnight generates it the next day.
            LocalDate generated =
                    LocalDate.ofInstant(order.createdAt(), securities.settings().zone());
            securities
                    .transferOrders()
                    .registerSent(operator, order.id(), generated.isAfter(today) ? generated : today);
            if (ref.endsWith("1")) {
                securities
                        .transferOrders()
                        .attachExtract(
                                operator,
                                order.id(),
                                "registrar-extract-" + order.number() + ".txt",
                                ("Extract from the register of Cornish Tin Mining Ltd: transfer " + order.number()
                                                + " registered.\n")
                                        .getBytes(StandardCharsets.UTF_8));
                securities.transferOrders().complete(controller, order.id());
            }
        }
    }

    /** A cash dividend on the first London share, paid today to the holders of record. */
    private void dividend(List<LocalDate> week, LocalDate today) {
        CorporateAction dividend = securities
                .corporateActions()
                .announce(
                        operator("HO"),
                        NewCorporateAction.dividend(
                                listed.get(0).isin(),
                                week.get(2),
                                today,
                                new BigDecimal("0.045"),
                                new BigDecimal("0")));
        securities.corporateActions().approve(user("controller.ho"), dividend.id());
    }

    /** Two counterparty confirmations: one agrees with our trade, one quotes another price. */
    private void confirmations() {
        Actor operator = operator("HO");
        List<Trade> csv = List.of(
                securities.trades().findByRef("CSV-1").orElseThrow(),
                securities.trades().findByRef("CSV-2").orElseThrow());
        for (int i = 0; i < csv.size(); i++) {
            Trade t = csv.get(i);
            BigDecimal price = i == 0 ? t.price() : t.price().add(new BigDecimal("0.05"));
            securities
                    .confirmations()
                    .match(
                            operator,
                            t.id(),
                            new CounterpartyConfirmation(
                                    t.tradeRef(),
                                    t.side() == Side.BUY ? Side.SELL : Side.BUY,
                                    t.isin(),
                                    t.quantity(),
                                    price,
                                    Amount.of(asset(t.currency()), t.settlementAmount())
                                            .decimal(),
                                    t.currency(),
                                    t.tradeDate(),
                                    t.settlementDate(),
                                    t.counterparty()));
        }
    }

    /** The custodian's complete MT535 for the first client account: one line short of the books, a break for a controller. */
    private void holdingsStatement(LocalDate today) {
        Actor operator = operator("HO");
        DepoAccount depo = securities.depoAccounts().find(HO[0]).orElseThrow();
        List<Holding> holdings = new ArrayList<>();
        var positions =
                securities.positions().positions(operator, depo.code(), today).securities();
        boolean first = true;
        for (var p : positions) {
            if (!byIsin.containsKey(p.isin())) {
                continue;
            }
            long quantity = first ? p.settled() - 100 : p.settled();
            first = false;
            holdings.add(new Holding(p.isin(), BigDecimal.valueOf(quantity), false));
        }
        HoldingsStatement statement = Mt535Reader.read(Mt535Writer.write(
                new HoldingsStatement("CREST-" + today.toString().replace("-", ""), depo.code(), today, holdings),
                CREST,
                OUR_BIC));
        ReconciliationResult result = securities.reconciliation().positions(operator, statement);
        for (Break opened : result.opened()) {
            securities.reconciliation().assign(user("controller.ho"), opened.id(), "operator.ho");
        }
    }

    private Actor operator(String branch) {
        return user("operator." + branch.toLowerCase(Locale.ROOT));
    }

    private Actor user(String name) {
        return securities
                .platform()
                .users()
                .find(name)
                .map(User::actor)
                .orElseThrow(
                        () -> new IllegalStateException("the demo broker needs the demo organisation's user " + name));
    }
}
