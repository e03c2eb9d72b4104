package ma.tiwizi.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs: messages in the user's language, direction, formatting of dates, numbers and money,
 * the CSRF token and the signed-in user. One per request, handed to templates as {@code ui}.
 */
public final class Ui {

    /** Morocco's zone, for templates. */
    public static final ZoneId ZONE = Morocco.ZONE;
    private static final DateTimeFormatter DATE = Morocco.DAY;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final String requestUri;
    private final String query;
    private final CsrfToken csrf;
    private final TiwiziPrincipal user;
    private final Map<String, ?> flash;
    private final Map<String, String[]> params;
    private IntSupplier unread = () -> 0;
    private Integer unreadCount;

    public Ui(MessageSource messages, Locale locale, String requestUri, String query, CsrfToken csrf,
            TiwiziPrincipal user, Map<String, ?> flash, Map<String, String[]> params) {
        this.params = params == null ? Map.of() : params;
        this.flash = flash == null ? Map.of() : flash;
        this.messages = messages;
        this.locale = locale;
        this.requestUri = requestUri;
        this.query = query;
        this.csrf = csrf;
        this.user = user;
    }

    /** Counts the signed-in user's unread notices when a template first asks. */
    Ui unread(IntSupplier count) {
        this.unread = count;
        return this;
    }

    /** How many notices the signed-in user has not read (counted once per page, up to a cap). */
    public int unread() {
        if (unreadCount == null) {
            unreadCount = user == null ? 0 : unread.getAsInt();
        }
        return unreadCount;
    }

    /** The unread count as the header shows it: "99+" past the cap. */
    public String unreadBadge() {
        return unread() > 99 ? number(99) + "+" : number(unread());
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The message, or the fallback when the bundle has none (a code recorded by an older or newer version). */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    public String t(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean rtl() {
        return "ar".equals(lang());
    }

    public String dir() {
        return rtl() ? "rtl" : "ltr";
    }

    /** The same page in another language, keeping the query (page, filters) but replacing {@code lang}. */
    public String langUrl(String language) {
        return UriComponentsBuilder.fromPath(requestUri).query(query).replaceQueryParam("lang", language)
                .build().toUriString();
    }

    /** The current query string (without "?"), empty when there is none. */
    public String query() {
        return query == null ? "" : query;
    }

    /** A "send by WhatsApp" link that opens the app with the text ready to forward (the person chooses to whom). */
    public String whatsapp(String text) {
        return "https://wa.me/?text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** The current list URL with one parameter replaced, for pagination and sorting links. */
    public String withParam(String name, Object value) {
        var builder = UriComponentsBuilder.fromPath(requestUri).query(query).replaceQueryParam("lang");
        builder.replaceQueryParam(name, value);
        return builder.build().encode().toUriString();
    }

    /** A one-time message left by the previous request (a redirect after a save), translated; empty if none. */
    public String flash() {
        return flash.get("flash") instanceof String key ? t(key, flashArguments()) : "";
    }

    /** A one-time refusal left by the previous request, translated with its arguments; empty if none. */
    public String flashError() {
        return flash.get("flashError") instanceof String key ? t(key, flashArguments()) : "";
    }

    private Object[] flashArguments() {
        return flash.get("flashArgs") instanceof Object[] given ? given : new Object[0];
    }

    /** Any other value the previous request left, such as a token shown once. */
    public Object flashValue(String name) {
        return flash.get(name);
    }

    public boolean hasParam(String name) {
        return params.containsKey(name);
    }

    /** A query parameter of this request as typed, or empty. */
    public String param(String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    public String path() {
        return requestUri;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public TiwiziPrincipal user() {
        return user;
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean admin() {
        return user != null && user.isAdmin();
    }

    public boolean staff() {
        return user != null && user.isStaff();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** Whole numbers with Latin digits and a thin space between thousands: {@code 12 500}. */
    public String number(long value) {
        return grouped("#,##0").format(value);
    }

    /** Money in MAD: {@code 1 250,00 درهم} in Arabic, {@code 1 250,00 DH} in French, {@code 1,250.00 MAD} in English. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if ("en".equals(lang())) {
            return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(rounded)
                    + " MAD";
        }
        return grouped("#,##0.00").format(rounded) + ("ar".equals(lang()) ? " درهم" : " DH");
    }

    /**
     * Arguments for a message, with amounts written as plain decimals ("596167.96") shown the reader's way
     * ("596 167,96"); other values unchanged.
     */
    public Object[] figures(List<String> arguments) {
        return arguments.stream().map(a -> a.matches("-?\\d+\\.\\d+")
                ? (Object) grouped("#,##0.00").format(new BigDecimal(a)) : a).toArray();
    }

    /** A ratio (0.392) as a whole percentage the reader's way: {@code 39 %}. */
    public String percent(double ratio) {
        return percent(BigDecimal.valueOf(Math.round(ratio * 100)));
    }

    /**
     * A decimal number the reader's way, with the decimals it has and no trailing zeros: {@code 39,2} in Arabic and
     * French, {@code 39.2} in English, thousands grouped like money; empty for none.
     */
    public String decimal(BigDecimal value) {
        return value == null ? "" : written(value.stripTrailingZeros());
    }

    /**
     * A percentage already multiplied by 100, with the decimals it was computed to (so a column of rates lines up),
     * the reader's way: {@code 39,2 %}, {@code 39.2 %}; empty for none.
     */
    public String percent(BigDecimal value) {
        return value == null ? "" : written(value) + "\u00A0%";
    }

    private String written(BigDecimal value) {
        int decimals = Math.max(0, value.scale());
        return grouped(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** A year as written, never grouped: {@code 1990}. */
    public String year(int year) {
        return Integer.toString(year);
    }

    /** Items of a list joined the reader's way: the Arabic comma {@code ،} in Arabic, a comma otherwise. */
    public String list(Collection<String> items) {
        return String.join("ar".equals(lang()) ? "\u060C " : ", ", items);
    }

    private DecimalFormat grouped(String pattern) {
        if ("en".equals(lang())) {
            return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        }
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
