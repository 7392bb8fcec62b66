package org.backoffice.server.bank.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.web.Money;

/**
 * A day's payments of one type and currency by hour of entry in the bank's time zone: how many and how much. Drafts
 * and rejected orders moved nothing and are left out; a payment waiting for approval counts, as it was ordered.
 */
final class PaymentVolumes {
    private PaymentVolumes() {}

    /** Parallel lists over the hours 0..23, as the chart takes them. */
    public record Series(String type, List<Integer> counts, List<BigDecimal> amounts) {}

    static List<Document> ofDay(Platform platform, Actor actor, String type, LocalDate day) {
        List<Document> all = new ArrayList<>();
        int page = 0;
        Page<Document> documents;
        do {
            documents = platform.documents()
                    .list(
                            actor,
                            new DocumentQuery(
                                    type, null, null, null, day, day, null, "created", page++, DocumentQuery.MAX_SIZE));
            all.addAll(documents.items());
        } while (page < documents.pages());
        return all;
    }

    static Series series(
            Platform platform, Money money, Actor actor, String type, LocalDate day, String currency, ZoneId zone) {
        long[] counts = new long[24];
        long[] units = new long[24];
        for (Document document : ofDay(platform, actor, type, day)) {
            if (document.status() == DocumentStatus.DRAFT
                    || document.status() == DocumentStatus.REJECTED
                    || !document.asset().equals(currency)) {
                continue;
            }
            int hour = document.createdAt().atZone(zone).getHour();
            counts[hour]++;
            units[hour] = Math.addExact(units[hour], document.amount());
        }
        List<Integer> countList = new ArrayList<>(24);
        List<BigDecimal> amountList = new ArrayList<>(24);
        for (int hour = 0; hour < 24; hour++) {
            countList.add(Math.toIntExact(counts[hour]));
            amountList.add(money.decimal(units[hour], currency));
        }
        return new Series(type, countList, amountList);
    }
}
