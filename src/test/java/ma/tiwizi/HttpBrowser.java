package ma.tiwizi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client against the running application: keeps cookies, does not follow redirects. */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public HttpBrowser(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a browser asks for a page (error pages come as HTML). */
    public HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page's first form. */
    public String csrf(String path) throws Exception {
        var matcher = CSRF.matcher(get(path).body());
        assertThat(matcher.find()).as("a form with a CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    /** Posts a form with the CSRF token of the page it is on. */
    public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
        String token = csrf(formPage);
        return postWithToken(action, fields, token);
    }

    public HttpResponse<String> postWithToken(String action, Map<String, String> fields, String token)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "", "&_csrf=" + encode(token)));
        return http.send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws Exception {
        return post("/login", "/login", Map.of("username", username, "password", password));
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
