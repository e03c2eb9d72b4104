package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ma.tiwizi.platform.text.SearchText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One spelling list for both searches, the registry's and the storefront's: the word a reader types finds the name
 * however the particles are attached to it, and (on PostgreSQL, with its trigram index) with one letter wrong.
 */
class ArabicSearchTest extends MarketTestSupport {

    private String tag;
    private long cooperative;
    private long product;

    @BeforeEach
    void aSaffronCooperativeAndAHoneyWithSaffron() {
        tag = uniqueNumber();
        var saffron = cooperative("تعاونية للزعفران " + tag, 9L, "");
        cooperative = saffron.cooperativeId();
        var bees = cooperative("تعاونية النحل " + tag, 9L, "");
        product = product(bees, "عسل بالزعفران " + tag, Category.HONEY, "150", 3);
    }

    @ParameterizedTest(name = "{0} finds both: {1}")
    @CsvSource({
            "الزعفران, true",
            "زعفران, true",
            "للزعفران, true",
            "بالزعفران, true",
            "والزعفران, true",
            "فالزعفران, true",
            "كالزعفران, true",
            "الزَّعْفَرَان, true",
            "زعفرن, true",
            "الزعفرن, true",
            "زعف, true",
            "الزيتون, false",
            "زيت, false",
            "عفرا, true"
    })
    void theNaturalWordFindsTheNameInTheRegistryAndOnTheStorefront(String word, boolean found) throws Exception {
        String registry = mvc.perform(get("/cooperatives").param("q", word + " " + tag).with(user(admin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(registry.contains("href=\"/cooperatives/" + cooperative + "\"")).as("registry: " + word)
                .isEqualTo(found);
        String shop = mvc.perform(get("/shop/products").param("q", word + " " + tag)).andReturn().getResponse()
                .getContentAsString();
        assertThat(shop.contains("/shop/products/" + product + "\"")).as("storefront: " + word).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0} is searched as {1}")
    @CsvSource({
            "الزعفران, زعفران",
            "للزعفران, زعفران",
            "وبالزعفران, زعفران",
            "والتعاونية, تعاونية",
            "saffron, saffron"
    })
    void particlesAndArticleAreStrippedFromWhatIsSearched(String typed, String bare) {
        assertThat(SearchText.stem(SearchText.normalize(typed))).isEqualTo(SearchText.stem(SearchText.normalize(bare)));
        assertThat(SearchText.key(bare)).contains(" " + SearchText.stem(SearchText.normalize(bare)) + " ");
    }
}
