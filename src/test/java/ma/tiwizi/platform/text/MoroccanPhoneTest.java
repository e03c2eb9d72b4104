package ma.tiwizi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoroccanPhoneTest {

    @ParameterizedTest(name = "{0} is stored as +212612345678")
    @ValueSource(strings = {"0612345678", "06 12 34 56 78", "06-12-34-56-78", "06.12.34.56.78", "+212612345678",
            "+212 6 12 34 56 78", "00212612345678", "212612345678", "+212 (0)6 12 34 56 78", "٠٦١٢٣٤٥٦٧٨"})
    void acceptsWhatPeopleTypeAndStoresTheInternationalForm(String typed) {
        assertThat(MoroccanPhone.normalize(typed)).contains("+212612345678");
    }

    @Test
    void acceptsLandlinesAndNewMobileRanges() {
        assertThat(MoroccanPhone.normalize("0528851234")).contains("+212528851234");
        assertThat(MoroccanPhone.normalize("0700112233")).contains("+212700112233");
    }

    @ParameterizedTest(name = "{0} is not a Moroccan number")
    @ValueSource(strings = {"", "123", "061234567", "06123456789", "0412345678", "+33612345678", "06 12 34 56 7a",
            "abcdefghij"})
    void refusesWhatIsNotAMoroccanNumber(String typed) {
        assertThat(MoroccanPhone.normalize(typed)).isEmpty();
        assertThat(MoroccanPhone.isValid(typed)).isFalse();
    }

    @Test
    void showsTheNationalFormInPairs() {
        assertThat(MoroccanPhone.national("+212612345678")).isEqualTo("06 12 34 56 78");
    }
}
