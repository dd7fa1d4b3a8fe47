package commstat.server.i18n;

import io.javalin.http.Context;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The two languages of the user interface: Chinese (the default) and English, from the resource bundles
 * {@code i18n/messages_zh.properties} and {@code i18n/messages_en.properties} (UTF-8). The language of a request is
 * {@code ?lang=zh|en} (remembered in a cookie), else that cookie, else the browser's {@code Accept-Language}.
 */
public enum I18n {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"), EN(Locale.ENGLISH, "en");

    public static final String COOKIE = "commstat_lang";
    public static final String PARAM = "lang";

    private final Locale locale;
    private final String htmlLang;
    private final ResourceBundle bundle;

    I18n(Locale locale, String htmlLang) {
        this.locale = locale;
        this.htmlLang = htmlLang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String htmlLang() {
        return htmlLang;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The message of {@code key}, with {@code args} put in ({@link MessageFormat}); the key itself if missing. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** {@code zh} or {@code en} (any case, a region allowed); empty for anything else. */
    public static java.util.Optional<I18n> parse(String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        String l = s.trim().toLowerCase(Locale.ROOT);
        if (l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_")) {
            return java.util.Optional.of(ZH);
        }
        if (l.equals("en") || l.startsWith("en-") || l.startsWith("en_")) {
            return java.util.Optional.of(EN);
        }
        return java.util.Optional.empty();
    }

    /** The request's language; a {@code ?lang=} choice is also returned so the caller can remember it. */
    public static I18n of(Context ctx) {
        return parse(ctx.queryParam(PARAM))
                .or(() -> parse(ctx.cookie(COOKIE)))
                .orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** The first of zh/en in the browser's list by weight; Chinese when neither appears. */
    static I18n fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                if (r.getWeight() <= 0) {
                    continue;
                }
                var found = parse(r.getRange());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default
        }
        return ZH;
    }
}
