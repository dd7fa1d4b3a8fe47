package commstat.ingest.landing;

import java.io.Serializable;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A registered special account of Art. 7, a row of {@code special_accounts.csv} ({@code ref_special_accounts}). */
public record SpecialAccount(String accountNo, String communityCode, LocalDate openedOn, LocalDate closedOn)
        implements Serializable {
    public SpecialAccount {
        requireNonNull(accountNo, "accountNo is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(openedOn, "openedOn is null");
    }
}
