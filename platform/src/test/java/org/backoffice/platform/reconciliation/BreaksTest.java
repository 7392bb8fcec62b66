package org.backoffice.platform.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.testing.MutableClock;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The break lifecycle the modules share, on both databases: breaks opened in a module's transaction,
 * listed by status, owner, kind, account and age, paged, assigned, resolved once, aged in business
 * days, each change audited, and seen only from the branches granted.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class BreaksTest {
    /** A Wednesday. */
    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 11, 20);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 23);

    @Parameter
    TestDatabase database;

    MutableClock clock;
    PlatformFixture fixture;
    Breaks breaks;
    Breaks others;
    Actor operator;
    Actor controller;

    @BeforeEach
    void open() {
        clock = new MutableClock(START);
        fixture = PlatformFixture.withDemo(database, clock);
        BusinessCalendar calendar = new BusinessCalendar("TEST", "Test days", Map.of(HOLIDAY, "Holiday"));
        breaks = new Breaks(fixture.platform(), "TESTING", () -> calendar, ZoneOffset.UTC);
        others = new Breaks(fixture.platform(), "OTHERS", () -> calendar, ZoneOffset.UTC);
        operator = fixture.actor("operator.ho");
        controller = fixture.actor("controller.ho");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private long open(Breaks in, NewBreak found) {
        return fixture.platform().change(List.of(), c -> in.open(c, found, 1L));
    }

    private static NewBreak entry(String item, String branch, String account, LocalDate since, long amount) {
        return NewBreak.oneSided("ENTRY", item, branch, account, "REF-" + item, "USD", "CREDIT", amount, since, null);
    }

    private Break find(long id) {
        return breaks.find(Actor.system("test"), id).orElseThrow();
    }

    @Test
    void aBreakIsOpenedAssignedAndResolvedOnceWithEveryChangeAudited() {
        long id = open(breaks, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 2_500));
        Break opened = find(id);
        assertThat(opened.status()).isEqualTo(BreakStatus.OPEN);
        assertThat(opened.open()).isTrue();
        assertThat(opened.amount()).isEqualTo(2_500);
        assertThat(opened.subject()).isEqualTo("REF-e1");

        assertThatThrownBy(() -> breaks.assign(controller, opened, "nobody"))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEqualTo("owner")))
                .hasMessage("owner: there is no enabled user 'nobody'");
        Break assigned = breaks.assign(controller, opened, "operator.ho");
        assertThat(assigned.status()).isEqualTo(BreakStatus.ASSIGNED);
        assertThat(assigned.owner()).isEqualTo("operator.ho");
        assertThat(assigned.version()).isEqualTo(opened.version() + 1);
        // A change made meanwhile is refused: the caller looks again.
        assertThatThrownBy(() -> breaks.resolve(operator, opened, BreakResolution.of("stale")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("break " + id + " changed meanwhile; look again");

        clock.advance(Duration.ofHours(1));
        Break resolved = breaks.resolve(operator, assigned, new BreakResolution("WRITTEN_OFF", "fee agreed", "DOC-1"));

        assertThat(resolved.status()).isEqualTo(BreakStatus.RESOLVED);
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolution()).isEqualTo("WRITTEN_OFF");
        assertThat(resolved.note()).isEqualTo("fee agreed");
        assertThat(resolved.resolvedWith()).isEqualTo("DOC-1");
        assertThat(resolved.resolvedBy()).isEqualTo("operator.ho");
        assertThat(resolved.resolvedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> breaks.resolve(operator, resolved, BreakResolution.of("again")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("break " + id + " is resolved already");
        assertThatThrownBy(() -> breaks.assign(controller, resolved, "controller.ho"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fixture.strings(
                        "SELECT action FROM audit_log WHERE entity_type = 'ReconciliationBreak' AND entity_id = ?"
                                + " ORDER BY seq",
                        Long.toString(id)))
                .containsExactly("ASSIGN", "RESOLVE");
        assertThat(fixture.strings(
                        "SELECT after_state FROM audit_log WHERE entity_type = 'ReconciliationBreak' AND action ="
                                + " 'RESOLVE'"))
                .singleElement()
                .satisfies(after -> assertThat(after)
                        .contains("\"status\":\"RESOLVED\"", "\"resolution\":\"WRITTEN_OFF\"", "fee agreed", "DOC-1"));
    }

    @Test
    void theListFiltersByStatusOwnerKindAccountAndAgeAndPages() {
        long old = open(breaks, entry("e1", "HO", "NOSTRO-1", FRIDAY_BEFORE, 100));
        long young = open(breaks, entry("e2", "HO", "NOSTRO-1", WEDNESDAY, 200));
        long other = open(
                breaks,
                NewBreak.comparison(
                        "POSITION", "p1", "HO", "SAFE-1", "US0378331005", "position", 500, 480, WEDNESDAY, "HOLD1"));
        open(others, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 300));
        breaks.assign(controller, find(young), "operator.ho");
        breaks.resolve(operator, find(other), BreakResolution.of("in transit"));

        assertThat(breaks.list(operator, BreakQuery.all()))
                .extracting(Break::id)
                .containsExactly(old, young, other);
        assertThat(breaks.list(operator, BreakQuery.open()))
                .extracting(Break::id)
                .containsExactly(old, young);
        assertThat(breaks.list(operator, BreakQuery.all().withStatus(BreakStatus.ASSIGNED)))
                .extracting(Break::id)
                .containsExactly(young);
        assertThat(breaks.list(operator, BreakQuery.all().withStatus(BreakStatus.RESOLVED)))
                .extracting(Break::id)
                .containsExactly(other);
        assertThat(breaks.list(operator, BreakQuery.all().withOwner(BreakQuery.UNASSIGNED)))
                .extracting(Break::id)
                .containsExactly(old, other);
        assertThat(breaks.list(operator, BreakQuery.all().withOwner("operator.ho")))
                .extracting(Break::id)
                .containsExactly(young);
        assertThat(breaks.list(operator, BreakQuery.all().withKind("POSITION")))
                .extracting(Break::id)
                .containsExactly(other);
        assertThat(breaks.list(operator, BreakQuery.all().withAccount("NOSTRO-1")))
                .extracting(Break::id)
                .containsExactly(old, young);
        // Friday to Wednesday is two business days: Monday is a holiday.
        assertThat(find(old).age()).isEqualTo(2);
        assertThat(breaks.list(operator, BreakQuery.open().withMinAge(2)))
                .extracting(Break::id)
                .containsExactly(old);
        assertThatThrownBy(() -> BreakQuery.all().withMinAge(-1)).hasMessageStartingWith("minAge:");

        Page<Break> first = breaks.page(operator, BreakQuery.all(), 0, 2);
        Page<Break> second = breaks.page(operator, BreakQuery.all(), 1, 2);
        assertThat(first.items()).extracting(Break::id).containsExactly(old, young);
        assertThat(second.items()).extracting(Break::id).containsExactly(other);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(breaks.page(operator, BreakQuery.all(), 5, 2).items()).isEmpty();
    }

    @Test
    void aBreakAgesInBusinessDaysUntilItIsResolved() {
        long id = open(breaks, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 100));
        long later = open(breaks, entry("e2", "HO", "NOSTRO-1", WEDNESDAY, 100));
        assertThat(find(id).age()).isZero();

        clock.advance(Duration.ofDays(3)); // Saturday: Thursday and Friday
        assertThat(find(id).age()).isEqualTo(2);
        breaks.resolve(operator, find(id), BreakResolution.of("explained"));

        clock.advance(Duration.ofDays(2)); // Monday
        assertThat(find(id).age()).isEqualTo(2);
        assertThat(find(later).age()).isEqualTo(3);
        // A value date after today is not old at all.
        long future = open(breaks, entry("e3", "HO", "NOSTRO-1", WEDNESDAY.plusDays(10), 100));
        assertThat(find(future).age()).isZero();
    }

    @Test
    void aUserSeesTheBreaksOfTheirBranchesAndAModuleItsOwn() {
        long head = open(breaks, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 100));
        long branch = open(breaks, entry("e2", "B1", "NOSTRO-2", WEDNESDAY, 100));
        long elsewhere = open(others, entry("e3", "HO", "NOSTRO-1", WEDNESDAY, 100));
        Actor b1 = fixture.actor("operator.b1");

        assertThat(breaks.list(b1, BreakQuery.all())).extracting(Break::id).containsExactly(branch);
        assertThat(breaks.find(b1, head)).isEmpty();
        assertThat(breaks.find(operator, head)).isPresent();
        assertThat(breaks.find(operator, elsewhere)).isEmpty();
        assertThat(others.list(operator, BreakQuery.all()))
                .extracting(Break::id)
                .containsExactly(elsewhere);
    }

    @Test
    void anItemIsKeyedOnceAndResolvedInTheCallersTransaction() {
        open(breaks, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 100));
        open(breaks, entry("e2", "HO", "NOSTRO-1", WEDNESDAY, 100));
        // The same item of another module is another break.
        open(others, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 100));
        assertThatThrownBy(() -> open(breaks, entry("e1", "HO", "NOSTRO-1", WEDNESDAY, 100)))
                .isInstanceOf(RuntimeException.class);

        int closed = fixture.platform()
                .change(
                        List.of(),
                        c -> breaks.resolveItem(
                                c, "e1", new BreakResolution("AUTO_MATCHED", "matched by rule", "42"), "run", 7L));
        int again = fixture.platform()
                .change(List.of(), c -> breaks.resolveItem(c, "e1", BreakResolution.of("again"), "run", 8L));

        assertThat(closed).isOne();
        assertThat(again).isZero();
        Set<String> resolved =
                fixture.platform().change(List.of(), c -> breaks.items(c, "NOSTRO-1", BreakStatus.RESOLVED));
        Set<String> open = fixture.platform().change(List.of(), c -> breaks.items(c, "NOSTRO-1", BreakStatus.OPEN));
        Set<String> known = fixture.platform().change(List.of(), c -> breaks.existing(c, List.of("e1", "e9")));
        assertThat(resolved).containsExactly("e1");
        assertThat(open).containsExactly("e2");
        assertThat(known).containsExactly("e1");
        assertThat(others.list(operator, BreakQuery.open())).hasSize(1);
    }

    @Test
    void whatABreakHoldsIsCheckedWhenItIsFound() {
        assertThatThrownBy(() -> entry("", "HO", "NOSTRO-1", WEDNESDAY, 1)).hasMessageStartingWith("item:");
        assertThatThrownBy(() ->
                        NewBreak.oneSided("ENTRY", "e1", "HO", "NOSTRO-1", null, "USD", "SIDEWAYS", 1, WEDNESDAY, null))
                .hasMessageStartingWith("side:");
        assertThatThrownBy(() -> new BreakResolution(null, " ", null)).hasMessageStartingWith("resolution:");
        assertThatThrownBy(() -> BreakResolution.of("x".repeat(1001))).hasMessageStartingWith("note: at most 1000");
        assertThat(NewBreak.comparison("CASH", "c1", "HO", "CASH-1", "GBP", "d".repeat(300), 10, 4, WEDNESDAY, "S")
                        .detail())
                .hasSize(200);
        assertThat(NewBreak.comparison("CASH", "c1", "HO", "CASH-1", "GBP", "closing balance", 10, 4, WEDNESDAY, "S")
                        .amount())
                .isEqualTo(-6);
    }
}
