package org.backoffice.securities.message.internal;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.AppHdr;
import com.prowidesoftware.swift.model.mx.AppHdrFactory;
import com.prowidesoftware.swift.model.mx.BusinessAppHdrV02;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backoffice.platform.message.MessageFormatException;

/**
 * ISO 20022 plumbing: a business application header (head.001.001.02) on every message, so the
 * sender's reference and the creation time travel with it; telling which message a text holds;
 * and wrapping Prowide's failures into {@link MessageFormatException}s that name the element.
 */
public final class Mx {
    private Mx() {}

    public static String write(
            AbstractMX mx, String senderBic, String receiverBic, String reference, Instant createdAt) {
        Checks.bic("senderBic", senderBic);
        Checks.bic("receiverBic", receiverBic);
        Checks.present("createdAt", createdAt);
        BusinessAppHdrV02 header =
                AppHdrFactory.createBusinessAppHdrV02(senderBic, receiverBic, reference, mx.getMxId());
        // The factory stamps the wall clock; the caller's time is the one that counts.
        header.setCreDt(createdAt.atOffset(ZoneOffset.UTC));
        mx.setAppHdr(header);
        MxWriteConfiguration config = new MxWriteConfiguration();
        config.documentPrefix = null;
        config.headerPrefix = null;
        return mx.message(config);
    }

    /** @return the message id, e.g. "sese.023.001.09", after checking it is one of the expected */
    public static String identify(String xml, Set<String> expected) {
        String label = String.join(" or ", expected.stream().sorted().toList());
        if (xml == null || xml.isBlank()) {
            throw new MessageFormatException(label + ": the message is empty");
        }
        if (!xml.stripLeading().startsWith("<")) {
            throw new MessageFormatException(label + ": must be XML");
        }
        MxId id;
        try {
            id = MxParseUtils.identifyMessage(xml)
                    .orElseThrow(
                            () -> new MessageFormatException(
                                    label
                                            + ": must be an ISO 20022 message (Document namespace urn:iso:std:iso:20022:tech:xsd:...)"));
        } catch (MessageFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MessageFormatException(label + ": is not well-formed XML", e);
        }
        if (!expected.contains(id.id())) {
            throw new MessageFormatException(label + ": the message is a " + id.id());
        }
        return id.id();
    }

    public static <T extends AbstractMX> T parse(String id, Supplier<T> parser) {
        T mx;
        try {
            mx = parser.get();
        } catch (RuntimeException e) {
            throw new MessageFormatException(
                    id + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (mx == null) {
            throw new MessageFormatException(id + ": cannot be read");
        }
        return mx;
    }

    public static AppHdr header(String id, AbstractMX mx) {
        AppHdr header = mx.getAppHdr();
        if (header == null) {
            throw new MessageFormatException(id + " AppHdr: must be given (business application header)");
        }
        return header;
    }

    public static Instant created(String id, AbstractMX mx) {
        AppHdr header = header(id, mx);
        if (header.creationDate() == null) {
            throw new MessageFormatException(id + " AppHdr/CreDt: must be given");
        }
        return header.creationDate().toInstant();
    }

    /** Follows a path of getters, naming the element when something on the way is missing. */
    public static <S, T> T require(String id, String path, S root, Function<S, T> getter) {
        T value;
        try {
            value = root == null ? null : getter.apply(root);
        } catch (NullPointerException e) {
            value = null;
        }
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new MessageFormatException(id + " " + path + ": must be given");
        }
        return value;
    }

    /** Like {@link #require} but null when something on the way is missing. */
    public static <S, T> T optional(S root, Function<S, T> getter) {
        try {
            return root == null ? null : getter.apply(root);
        } catch (NullPointerException e) {
            return null;
        }
    }

    public static DateAndDateTime2Choice date(LocalDate date) {
        return new DateAndDateTime2Choice().setDt(date);
    }

    public static LocalDate date(String id, String path, DateAndDateTime2Choice choice) {
        if (choice != null && choice.getDt() != null) {
            return choice.getDt();
        }
        if (choice != null && choice.getDtTm() != null) {
            return choice.getDtTm().toLocalDate();
        }
        throw new MessageFormatException(id + " " + path + ": must be given");
    }

    /** Runs a record constructor, naming the message on a failure. */
    public static <T> T build(String id, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (MessageFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(id + ": " + e.getMessage(), e);
        }
    }
}
