package org.backoffice.platform.check;

import java.util.List;

/** What {@code backoffice check} found: every rule with the number of violations and the first of them. */
public record ConsistencyReport(List<RuleResult> rules) {
    public ConsistencyReport {
        rules = List.copyOf(rules);
    }

    public boolean clean() {
        return rules.stream().allMatch(r -> r.violations() == 0);
    }

    public long violations() {
        return rules.stream().mapToLong(RuleResult::violations).sum();
    }

    /**
     * One rule's result.
     *
     * @param examples the first violations, each "identifier: description"
     */
    public record RuleResult(String name, long violations, List<String> examples, long millis) {
        public RuleResult {
            examples = List.copyOf(examples);
        }
    }
}
