package org.backoffice.securities.settlement;

/**
 * One message of an imported text: its kind (MT548, MT545, ...), the instruction it names, and
 * the error if it could not be applied (null when it was).
 */
public record ImportedMessage(int index, String kind, String reference, String error) {
    public boolean applied() {
        return error == null;
    }
}
