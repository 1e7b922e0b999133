package com.airesume.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/** Texts from the resource bundle for backing beans, formatted with {@link MessageFormat}. */
public final class Texts {

    public static final String BUNDLE = "com.airesume.i18n.Messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        Locale locale = Faces.getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        // Only texts with placeholders go through MessageFormat, which would eat the apostrophe of "don't".
        return arguments.length == 0 || !pattern.contains("{") ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }
}
