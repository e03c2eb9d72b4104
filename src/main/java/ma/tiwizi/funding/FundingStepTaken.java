package ma.tiwizi.funding;

/**
 * Something happened to an approved project that the cooperative should know: the agreement is ready, a tranche is
 * paid. Published after commit.
 */
public record FundingStepTaken(long applicationId, String reference, long cooperativeId, String step, String detail) {
}
