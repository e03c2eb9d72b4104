package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ma.tiwizi.administration.rules.Majority.Votes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumAndMajorityTest {

    @ParameterizedTest(name = "{0} call {1} of {2} members needs {3}")
    @CsvSource({
        "ORDINARY, 1, 20, 10", "ORDINARY, 1, 21, 11", "ORDINARY, 2, 20, 5", "ORDINARY, 2, 21, 6",
        "ORDINARY, 3, 20, 2", "ORDINARY, 3, 35, 4", "ORDINARY, 3, 5, 2",
        "EXTRAORDINARY, 1, 20, 15", "EXTRAORDINARY, 1, 21, 16", "EXTRAORDINARY, 2, 20, 10",
        "EXTRAORDINARY, 3, 120, 12", "EXTRAORDINARY, 3, 9, 2"})
    void theQuorumIsTheLawsFractionRoundedUpAndNeverUnderTwoAtTheThirdCall(AssemblyKind kind, int call, int members,
            int needed) {
        assertThat(Quorum.required(kind, call, members)).isEqualTo(needed);
        assertThat(Quorum.reached(kind, call, members, needed)).isTrue();
        assertThat(Quorum.reached(kind, call, members, needed - 1)).isFalse();
    }

    @Test
    void exactlyHalfReachesTheOrdinaryFirstCallAndOneMemberLessDoesNot() {
        assertThat(Quorum.reached(AssemblyKind.ORDINARY, 1, 30, 15)).isTrue();
        assertThat(Quorum.reached(AssemblyKind.ORDINARY, 1, 30, 14)).isFalse();
    }

    @Test
    void thereIsNoFourthCall() {
        assertThatThrownBy(() -> Quorum.required(AssemblyKind.ORDINARY, 4, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrdinaryResolutionNeedsMoreVotesForThanAgainstAndTheChairBreaksATie() {
        assertThat(Majority.ABSOLUTE.passes(new Votes(6, 5, 9), null)).isTrue();
        assertThat(Majority.ABSOLUTE.passes(new Votes(5, 6, 0), true)).isFalse();
        assertThat(Majority.ABSOLUTE.passes(new Votes(5, 5, 0), true)).isTrue();
        assertThat(Majority.ABSOLUTE.passes(new Votes(5, 5, 0), false)).isFalse();
        assertThat(Majority.ABSOLUTE.passes(new Votes(5, 5, 0), null)).isFalse();
        assertThat(Majority.ABSOLUTE.passes(new Votes(0, 0, 12), true)).as("no vote cast").isFalse();
    }

    @Test
    void twoThirdsOfTheVotesCastExactlyIsEnoughAndOneVoteLessIsNot() {
        assertThat(Majority.TWO_THIRDS.passes(new Votes(10, 5, 3), null)).isTrue();
        assertThat(Majority.TWO_THIRDS.passes(new Votes(9, 5, 3), null)).isFalse();
        assertThat(Majority.TWO_THIRDS.passes(new Votes(2, 1, 0), null)).isTrue();
        assertThat(Majority.TWO_THIRDS.passes(new Votes(13, 7, 0), null)).as("65 %").isFalse();
        assertThat(Majority.of(AssemblyKind.EXTRAORDINARY)).isEqualTo(Majority.TWO_THIRDS);
        assertThat(Majority.of(AssemblyKind.ORDINARY)).isEqualTo(Majority.ABSOLUTE);
    }
}
