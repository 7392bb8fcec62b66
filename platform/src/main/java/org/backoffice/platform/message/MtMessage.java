package org.backoffice.platform.message;

import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text block of an ISO 15022 MT (5xx) message as a flat list of tags, with views on its
 * sequences (16R ... 16S). Lookups are by tag and qualifier ({@code :20C::SEME//}); every failure
 * is a {@link MessageFormatException} "MT541 :20C::SEME//: must be given".
 */
public final class MtMessage {
    private final String type;
    private final List<Tag> tags;
    private final int from;
    private final int to;

    private MtMessage(String type, List<Tag> tags, int from, int to) {
        this.type = type;
        this.tags = tags;
        this.from = from;
        this.to = to;
    }

    /** Parses with Prowide and checks the message type. */
    public static MtMessage parse(String text, Set<String> types) {
        String expected = "MT" + String.join("/", types.stream().sorted().toList());
        if (text == null || text.isBlank()) {
            throw new MessageFormatException(expected + ": the message is empty");
        }
        if (!text.contains("{1:") || !text.contains("{4:")) {
            throw new MessageFormatException(expected + ": must be a SWIFT MT message with blocks {1: and {4:");
        }
        if (!closed(text)) {
            throw new MessageFormatException(
                    expected + ": the text block {4: does not end with -}: the message is cut off");
        }
        AbstractMT mt;
        try {
            mt = AbstractMT.parse(text);
        } catch (IOException | RuntimeException e) {
            throw new MessageFormatException(
                    expected + ": is not a SWIFT MT message (" + e.getClass().getSimpleName() + ")", e);
        }
        if (mt == null || mt.getSwiftMessage().getBlock4() == null) {
            throw new MessageFormatException(expected + ": must have a text block {4:");
        }
        String type = mt.getMessageType();
        if (!types.contains(type)) {
            throw new MessageFormatException(expected + ": the message is an MT" + type);
        }
        SwiftBlock4 block = mt.getSwiftMessage().getBlock4();
        List<Tag> tags = new ArrayList<>(block.getTags());
        return new MtMessage(type, tags, 0, tags.size());
    }

    /** Whether the text block {4: ends with its -}, as a message cut off in transit does not. */
    public static boolean closed(String text) {
        int block = text.indexOf("{4:");
        return block >= 0 && text.indexOf("-}", block) > 0;
    }

    public String type() {
        return type;
    }

    public String label() {
        return "MT" + type;
    }

    /** Every occurrence of the sequence (16R:name ... 16S:name) within this view. */
    public List<MtMessage> sequences(String name) {
        List<MtMessage> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (is(i, "16R", name)) {
                int end = i + 1;
                while (end < to && !is(end, "16S", name)) {
                    end++;
                }
                if (end == to) {
                    throw new MessageFormatException(label() + " :16R:" + name + ": has no closing :16S:" + name);
                }
                found.add(new MtMessage(type, tags, i + 1, end));
                i = end;
            }
        }
        return found;
    }

    public MtMessage sequence(String name) {
        List<MtMessage> found = sequences(name);
        if (found.isEmpty()) {
            throw new MessageFormatException(label() + " :16R:" + name + ": must be given");
        }
        return found.getFirst();
    }

    public Optional<MtMessage> optionalSequence(String name) {
        List<MtMessage> found = sequences(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private boolean is(int index, String name, String value) {
        Tag tag = tags.get(index);
        return name.equals(tag.getName()) && value.equals(tag.getValue());
    }

    /** The value of a tag without qualifier, e.g. :35B: or :23G:. */
    public Optional<String> value(String name) {
        for (int i = from; i < to; i++) {
            if (name.equals(tags.get(i).getName())) {
                return Optional.of(tags.get(i).getValue());
            }
        }
        return Optional.empty();
    }

    public String requireValue(String name) {
        return value(name).orElseThrow(() -> new MessageFormatException(label() + " :" + name + ": must be given"));
    }

    /** The content after {@code :QUAL//} or {@code :QUAL/ISSUER/} of the first tag with that name and qualifier. */
    public Optional<String> qualified(String name, String qualifier) {
        String prefix = ":" + qualifier + "/";
        for (int i = from; i < to; i++) {
            Tag tag = tags.get(i);
            String value = tag.getValue();
            if (name.equals(tag.getName()) && value != null && value.startsWith(prefix)) {
                int slash = value.indexOf('/', prefix.length());
                return Optional.of(slash < 0 ? value.substring(prefix.length()) : value.substring(slash + 1));
            }
        }
        return Optional.empty();
    }

    /** The qualifier of every tag with the name, in order. */
    public List<String> qualifiers(String name) {
        List<String> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tag tag = tags.get(i);
            String value = tag.getValue();
            if (name.equals(tag.getName()) && value != null && value.startsWith(":")) {
                int slash = value.indexOf('/');
                found.add(slash < 0 ? value.substring(1) : value.substring(1, slash));
            }
        }
        return found;
    }

    public String require(String name, String qualifier) {
        return qualified(name, qualifier).orElseThrow(() -> missing(name, qualifier));
    }

    public MessageFormatException problem(String name, String qualifier, String rule) {
        return new MessageFormatException(label() + " " + field(name, qualifier) + ": " + rule);
    }

    private MessageFormatException missing(String name, String qualifier) {
        return problem(name, qualifier, "must be given");
    }

    private static String field(String name, String qualifier) {
        return ":" + name + "::" + qualifier + "//";
    }

    public LocalDate date(String name, String qualifier) {
        String text = require(name, qualifier);
        LocalDate date = MtText.date(text);
        if (date == null) {
            throw problem(name, qualifier, "must be a date YYYYMMDD, was " + text);
        }
        return date;
    }

    public LocalDateTime dateTime(String name, String qualifier) {
        String text = require(name, qualifier);
        LocalDateTime time = MtText.dateTime(text);
        if (time == null) {
            throw problem(name, qualifier, "must be a date and time YYYYMMDDHHMMSS, was " + text);
        }
        return time;
    }

    /** A quantity {@code UNIT/100,} or {@code FAMT/1000000,}. */
    public Quantity quantity(String name, String qualifier) {
        String text = require(name, qualifier);
        int slash = text.indexOf('/');
        String code = slash < 0 ? "" : text.substring(0, slash);
        BigDecimal value = slash < 0 ? null : MtText.decimal(text.substring(slash + 1));
        if (!("UNIT".equals(code) || "FAMT".equals(code)) || value == null) {
            throw problem(name, qualifier, "must be UNIT/ or FAMT/ and a decimal like 100, was " + text);
        }
        return new Quantity(value, "FAMT".equals(code));
    }

    /** A quantity and whether it is a face amount. */
    public record Quantity(BigDecimal value, boolean nominal) {}

    /** An amount {@code [N]CCY1234,56}: returns the currency and the signed amount. */
    public Amount amount(String name, String qualifier) {
        String text = require(name, qualifier);
        boolean negative = text.startsWith("N");
        String rest = negative ? text.substring(1) : text;
        BigDecimal value = rest.length() > 3 ? MtText.decimal(rest.substring(3)) : null;
        if (value == null || !rest.substring(0, 3).matches("[A-Z]{3}")) {
            throw problem(name, qualifier, "must be [N], a currency and a decimal like USD1000,50, was " + text);
        }
        return new Amount(rest.substring(0, 3), negative ? value.negate() : value);
    }

    /** A currency and an amount. */
    public record Amount(String currency, BigDecimal value) {}

    /** The ISIN of :35B: ("ISIN US0378331005" on its first line). */
    public String isin() {
        String text = requireValue("35B");
        String first = text.lines().findFirst().orElse("");
        if (!first.startsWith("ISIN ")) {
            throw new MessageFormatException(label() + " :35B:: must identify the security as ISIN ..., was " + first);
        }
        return first.substring(5).strip();
    }

    /** Runs a record constructor, naming the message on a failure. */
    public <T> T build(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (MessageFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(label() + ": " + e.getMessage(), e);
        }
    }
}
