package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.Securities;
import org.backoffice.securities.confirmation.CounterpartyConfirmation;
import org.backoffice.securities.confirmation.FieldDifference;
import org.backoffice.securities.confirmation.ImportRow;
import org.backoffice.securities.confirmation.MatchResult;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Confirmations of a trade: its sale contract as a PDF, the counterparty's affirmation, a match against the
 * counterparty's confirmation typed in a form (the differing fields shown), and a CSV of counterparty confirmations
 * matched row by row.
 */
@PageController
final class ConfirmationPagesController {
    /** The header a CSV of counterparty confirmations starts with. */
    static final String CSV_HEADER =
            "tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,settlementDate,lei";

    static final Set<String> MATCH_INPUTS = Set.of(
            "side", "isin", "quantity", "price", "settlementAmount", "currency", "tradeDate", "settlementDate", "lei");

    private final Securities securities;
    private final TradeViews views;

    ConfirmationPagesController(Securities securities, TradeViews views) {
        this.securities = securities;
        this.views = views;
    }

    @GetMapping("/securities/trades/{id}/contract.pdf")
    ResponseEntity<byte[]> contract(Viewer viewer, @PathVariable("id") String id) {
        Trade trade = views.find(viewer, id);
        byte[] pdf;
        try {
            pdf = securities.confirmations().contractPdf(viewer.actor(), trade.id());
        } catch (InvalidDocumentException e) {
            throw new IllegalStateException(Steps.reasons(e.errors()));
        }
        return Downloads.of(pdf, "application/pdf", "contract-" + trade.tradeRef() + ".pdf");
    }

    @PostMapping("/securities/trades/{id}/affirm")
    String affirm(Viewer viewer, @PathVariable("id") String id, RedirectAttributes redirect) {
        Trade trade = views.find(viewer, id);
        return Steps.run(redirect, "/securities/trades/" + trade.id(), () -> {
            securities.confirmations().affirm(viewer.actor(), trade.id());
            return "Affirmation of " + trade.tradeRef() + " recorded.";
        });
    }

    @GetMapping("/securities/trades/{id}/match")
    String blankMatch(Viewer viewer, @PathVariable("id") String id, Model model) {
        if (!SecuritiesRoles.capturer(viewer)) {
            throw new SecurityException(viewer.username() + " may not match confirmations: an operator does");
        }
        Trade trade = views.find(viewer, id);
        Map<String, String> values = new LinkedHashMap<>();
        // The counterparty's side is the opposite of ours.
        values.put("side", trade.side() == Side.BUY ? "SELL" : "BUY");
        values.put("isin", trade.isin());
        values.put("currency", trade.currency());
        values.put("lei", trade.counterparty());
        return matchForm(trade, Form.of(values), model);
    }

    @PostMapping("/securities/trades/{id}/match")
    String match(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Trade trade = views.find(viewer, id);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        List<FieldError> errors = sent.errors();
        Side side = Inputs.choice(form, "side", Side.class, errors);
        Long quantity = Inputs.whole(form, "quantity", errors);
        BigDecimal price = Inputs.decimal(form, "price", errors);
        BigDecimal amount = Inputs.decimal(form, "settlementAmount", errors);
        LocalDate tradeDate = Inputs.date(form, "tradeDate", errors);
        LocalDate settlementDate = Inputs.date(form, "settlementDate", errors);
        CounterpartyConfirmation theirs = sent.save(() -> new CounterpartyConfirmation(
                trade.tradeRef(),
                side,
                form.upper("isin"),
                quantity,
                price,
                amount,
                form.upper("currency"),
                tradeDate,
                settlementDate,
                form.upper("lei")));
        MatchResult result = sent.save(() -> securities.confirmations().match(viewer.actor(), trade.id(), theirs));
        if (result != null) {
            if (result.matched()) {
                redirect.addFlashAttribute("notice", "Matched: the counterparty confirms " + trade.tradeRef() + ".");
            } else {
                redirect.addFlashAttribute("problem", "Mismatched: " + FieldDifference.describe(result.differences()));
            }
            return "redirect:/securities/trades/" + trade.id();
        }
        return matchForm(trade, sent.refused(response, MATCH_INPUTS), model);
    }

    private String matchForm(Trade trade, Form form, Model model) {
        return new FormPage(
                        "Match trade " + trade.tradeRef() + " with the counterparty's confirmation",
                        "sec-blotter",
                        "/securities/trades/" + trade.id(),
                        "Trade " + trade.tradeRef(),
                        "/securities/trades/" + trade.id() + "/match",
                        "Match")
                .show(
                        model,
                        form,
                        List.of(
                                Input.select("side", "Their side", Inputs.names(Side.values())),
                                Input.text("isin", "ISIN"),
                                Input.text("quantity", "Quantity (units)"),
                                Input.text("price", "Price"),
                                Input.text("settlementAmount", "Settlement amount"),
                                Input.text("currency", "Currency"),
                                Input.date("tradeDate", "Trade date"),
                                Input.date("settlementDate", "Settlement date"),
                                Input.text("lei", "Counterparty LEI")));
    }

    @GetMapping("/securities/confirmations")
    String confirmations(Model model) {
        model.addAttribute("header", CSV_HEADER);
        return "securities/confirmations";
    }

    @PostMapping("/securities/confirmations/upload")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/securities/confirmations", () -> {
            String text;
            try {
                text = Steps.text(file, "a CSV file of counterparty confirmations");
            } catch (IOException e) {
                throw new IllegalArgumentException("file: could not be read");
            }
            List<ImportRow> rows = securities.confirmations().importConfirmations(viewer.actor(), text);
            redirect.addFlashAttribute(
                    "rows", rows.stream().map(ConfirmationPagesController::row).toList());
            long matched = rows.stream()
                    .filter(r -> r.kind() == ImportRow.Kind.MATCHED)
                    .count();
            long mismatched = rows.stream()
                    .filter(r -> r.kind() == ImportRow.Kind.MISMATCHED)
                    .count();
            return "Read " + rows.size() + " confirmation(s): matched " + matched + ", mismatched " + mismatched
                    + ", refused " + (rows.size() - matched - mismatched) + ".";
        });
    }

    /** One CSV row's fate as the page lists it. */
    public record RowOutcome(int row, String tradeRef, String kind, String detail) {}

    static RowOutcome row(ImportRow r) {
        String detail = r.kind() == ImportRow.Kind.REFUSED
                ? Steps.reasons(r.errors())
                : FieldDifference.describe(r.differences());
        // Rows are numbered as a spreadsheet shows them: the header is row 1.
        return new RowOutcome(
                r.row() + 1, r.tradeRef() == null ? "" : r.tradeRef(), r.kind().name(), detail);
    }
}
