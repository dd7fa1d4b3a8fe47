package commstat.ingest.synth;

import java.math.BigDecimal;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A registered special account (special_accounts.csv) and its balance at the end of the previous year, if it had
 * one. {@code usedAfterClosing}: the committee keeps booking on it after {@code closedOn} (an Art. 32 trigger).
 */
record SpecialAccount(String accountNo, String communityCode, LocalDate openedOn, LocalDate closedOn,
                      BigDecimal openingBalance, boolean usedAfterClosing) {
    SpecialAccount {
        requireNonNull(accountNo, "accountNo is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(openedOn, "openedOn is null");
    }

    boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && (closedOn == null || !day.isAfter(closedOn));
    }
}
