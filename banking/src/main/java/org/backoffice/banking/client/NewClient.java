package org.backoffice.banking.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.organisation.Lei;

/**
 * What the bank records when it takes on a client. A person: given and family names, date of birth
 * and an identity document (passport or national id number). A company: its registered name and
 * registration number, optionally its LEI. Both: tax id, address and country of residence.
 */
public record NewClient(
        ClientKind kind,
        String branch,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        String companyName,
        String idDocument,
        String taxId,
        String lei,
        String address,
        String country,
        String email,
        String phone) {

    /** Every broken rule, each naming its field; none when the client can be recorded. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "must be PERSON or COMPANY"));
        }
        FieldRules.text("branch", branch, 16, true, errors);
        if (kind == ClientKind.PERSON) {
            FieldRules.text("givenNames", givenNames, 100, true, errors);
            FieldRules.text("familyName", familyName, 100, true, errors);
            if (birthDate == null) {
                errors.add(new FieldError("birthDate", "must be given for a person"));
            } else if (birthDate.isAfter(today.minusYears(16))) {
                errors.add(new FieldError("birthDate", "the client must be at least 16 years old"));
            } else if (birthDate.isBefore(today.minusYears(130))) {
                errors.add(new FieldError("birthDate", "must be within the last 130 years"));
            }
            FieldRules.text("idDocument", idDocument, 40, true, errors);
        } else if (kind == ClientKind.COMPANY) {
            FieldRules.text("companyName", companyName, 200, true, errors);
            FieldRules.text("idDocument", idDocument, 40, true, errors);
            if (lei != null && !lei.isBlank() && !Lei.valid(lei)) {
                errors.add(new FieldError("lei", "must be 20 characters with valid ISO 17442 check digits"));
            }
        }
        optional(errors, "taxId", taxId, 32);
        FieldRules.text("address", address, 300, true, errors);
        if (country == null || !country.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "must be a two-letter ISO 3166 code, was '" + country + "'"));
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        optional(errors, "phone", phone, 40);
        return errors;
    }

    public void check(LocalDate today) {
        List<FieldError> errors = problems(today);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }

    /** The name the bank prints: the company's, or the person's given and family names. */
    public String displayName() {
        return kind == ClientKind.COMPANY ? companyName.strip() : givenNames.strip() + " " + familyName.strip();
    }

    private static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
