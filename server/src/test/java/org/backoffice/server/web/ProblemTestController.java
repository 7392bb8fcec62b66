package org.backoffice.server.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API controller that exists for the tests: one endpoint per kind of failure. */
@TestComponent
@RestController
@RequestMapping("/api/test")
public class ProblemTestController {
    public enum Side {
        DEBIT,
        CREDIT
    }

    public record Line(String account, Side side, BigDecimal amount) {
        public Line {
            if (amount != null && amount.signum() <= 0) {
                throw new IllegalArgumentException("amount: must be positive");
            }
        }
    }

    public record Voucher(
            @NotBlank String narrative, @Positive int copies, LocalDate valueDate, List<Line> lines) {}

    @PostMapping("/vouchers")
    Voucher create(@Valid @RequestBody Voucher voucher) {
        return voucher;
    }

    @GetMapping("/me")
    Map<String, Object> me(Authentication authentication) {
        return Map.of("name", authentication.getName());
    }

    @PostMapping("/me")
    Map<String, Object> postMe(Authentication authentication) {
        return Map.of("name", authentication.getName());
    }

    @GetMapping("/rule")
    Object rule() {
        throw new IllegalArgumentException("copies: must be at most 3");
    }

    @GetMapping("/conflict")
    Object conflict() {
        throw new IllegalStateException("The voucher is already posted.");
    }

    @GetMapping("/missing")
    Object missing() {
        return Optional.empty().orElseThrow();
    }

    @GetMapping("/denied")
    Object denied() {
        throw new AccessDeniedException("not for you");
    }

    @GetMapping("/boom")
    Object boom() {
        throw new UnsupportedOperationException("internal detail that must not leak");
    }
}
