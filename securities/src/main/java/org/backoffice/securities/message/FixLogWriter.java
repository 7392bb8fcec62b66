package org.backoffice.securities.message;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.backoffice.securities.message.internal.Checks;
import org.backoffice.securities.message.internal.FixFields;
import org.backoffice.securities.message.internal.FixText;

/**
 * Writes fills as FIX 4.4 ExecutionReports in QuickFIX/J's message-log layout, one per line, for
 * tests, demo data and benchmarks. Each message is complete (header with sequence numbers and
 * comp ids, BodyLength, CheckSum, SOH separators) and passes QuickFIX/J's FIX 4.4 dictionary;
 * ExecType is F, H or G by the fill's kind; the trade id goes in SecondaryExecID (527). The optional line prefix and SendingTime are the
 * fill's TransactTime, so the same fills always give the same file. A BIC counterparty is written
 * with PartyIDSource B, anything else (an LEI) with D (proprietary), since FIX 4.4 has no LEI code.
 */
public final class FixLogWriter implements Closeable {
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final char SOH = FixFields.SOH;

    private final Writer out;
    private final String senderCompId;
    private final String targetCompId;
    private final boolean timestamps;
    private final StringBuilder body = new StringBuilder(512);
    private final StringBuilder line = new StringBuilder(600);
    private long sequence;

    /**
     * @param timestamps whether each line starts with {@code yyyyMMdd-HH:mm:ss.SSS: } as QuickFIX/J's
     *     FileLog writes with FileIncludeTimeStampForMessages=Y
     */
    public FixLogWriter(Writer out, String senderCompId, String targetCompId, boolean timestamps) {
        this.out = Checks.present("out", out);
        this.senderCompId = Checks.text("senderCompId", senderCompId, 64);
        this.targetCompId = Checks.text("targetCompId", targetCompId, 64);
        this.timestamps = timestamps;
    }

    /** One ExecutionReport as raw FIX text (SOH separators, no line end), numbered by this writer. */
    public String message(FixFill fill) {
        sequence++;
        String time = FixText.timestamp(fill.transactTime());
        body.setLength(0);
        field(body, 35, "8");
        field(body, 34, Long.toString(sequence));
        field(body, 49, senderCompId);
        field(body, 52, time);
        field(body, 56, targetCompId);
        field(body, 1, fill.account());
        field(body, 6, fill.price().toPlainString());
        field(body, 14, fill.quantity().toPlainString());
        field(body, 15, fill.currency());
        field(body, 17, fill.execId());
        if (fill.refExecId() != null) {
            field(body, 19, fill.refExecId());
        }
        field(body, 22, "4");
        field(body, 30, fill.market());
        field(body, 31, fill.price().toPlainString());
        field(body, 32, fill.quantity().toPlainString());
        field(body, 37, fill.orderId());
        field(body, 39, "2");
        field(body, 48, fill.isin());
        if (fill.tradeId() != null) {
            // FIX 4.4 has no TrdMatchID on an ExecutionReport; venues send their trade id as SecondaryExecID.
            field(body, 527, fill.tradeId());
        }
        field(body, 54, fill.side() == Side.BUY ? "1" : "2");
        field(body, 55, fill.isin());
        field(body, 60, time);
        if (fill.settlementDate() != null) {
            field(body, 64, FixText.date(fill.settlementDate()));
        }
        field(body, 75, FixText.date(fill.tradeDate()));
        field(body, 150, execType(fill.kind()));
        field(body, 151, "0");
        field(body, 453, "1");
        field(body, 448, fill.counterparty());
        field(body, 447, BIC.matcher(fill.counterparty()).matches() ? "B" : "D");
        field(body, 452, "17");
        StringBuilder message = new StringBuilder(body.length() + 32);
        field(message, 8, "FIX.4.4");
        field(message, 9, Integer.toString(body.length()));
        message.append(body);
        int sum = 0;
        for (int i = 0; i < message.length(); i++) {
            sum += message.charAt(i) & 0xFF;
        }
        String checksum = Integer.toString(sum & 0xFF);
        message.append("10=")
                .append("000", 0, 3 - checksum.length())
                .append(checksum)
                .append(SOH);
        return message.toString();
    }

    /** Appends the fill's ExecutionReport as one log line. */
    public void write(FixFill fill) {
        line.setLength(0);
        if (timestamps) {
            line.append(FixText.timestamp(fill.transactTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)))
                    .append(": ");
        }
        line.append(message(fill)).append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("FIX log: cannot be written", e);
        }
    }

    private static String execType(ExecKind kind) {
        return switch (kind) {
            case NEW -> "F";
            case CANCEL -> "H";
            case CORRECT -> "G";
        };
    }

    private static void field(StringBuilder out, int tag, String value) {
        out.append(tag).append('=').append(value).append(SOH);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("FIX log: cannot be closed", e);
        }
    }
}
