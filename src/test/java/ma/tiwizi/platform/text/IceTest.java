package ma.tiwizi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IceTest {

    @ParameterizedTest(name = "{0} is a valid ICE")
    @ValueSource(strings = {"001525698000088", "001 525 698 000 088", "٠٠١٥٢٥٦٩٨٠٠٠٠٨٨"})
    void fifteenDigitsAreValid(String typed) {
        assertThat(Ice.isValid(typed)).isTrue();
        assertThat(Ice.clean(typed)).isEqualTo("001525698000088");
    }

    @ParameterizedTest(name = "{0} is not an ICE")
    @ValueSource(strings = {"", "12345678901234", "1234567890123456", "00152569800008A", "ICE001525698000"})
    void anythingElseIsRefused(String typed) {
        assertThat(Ice.isValid(typed)).isFalse();
    }
}
