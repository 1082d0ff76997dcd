package org.sanad.kernel.identifiers;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reduces an identifier to one canonical spelling, so the same phone, account or wallet written
 * differently by two victims compares equal: phones to E.164, handles lower-cased without
 * {@code @}, URLs to scheme, host and path, e-mails lower-cased. Arabic-Indic digits are read as
 * digits everywhere. Every service that stores identifiers uses this one class.
 */
public class IdentifierNormaliser {

    /**
     * The longest canonical spelling the services store ({@code normalised_value varchar(500)}): a
     * value can grow while it is normalised ({@code İ} lower-cases to two characters), so the
     * limit is checked on the result, where the client still learns which field it was.
     */
    public static final int MAX_NORMALISED_LENGTH = 500;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u200e\\u200f\\u202a-\\u202e]+");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultPhoneRegion;

    /** @param defaultPhoneRegion ISO 3166 region for numbers written without a country code, e.g. {@code IQ} */
    public IdentifierNormaliser(String defaultPhoneRegion) {
        if (!phones.getSupportedRegions().contains(defaultPhoneRegion)) {
            throw new IllegalArgumentException("Unknown phone region " + defaultPhoneRegion);
        }
        this.defaultPhoneRegion = defaultPhoneRegion;
    }

    /** How the numbers of the default region are written: what a phone field may expect. */
    public PhoneNumbering numbering() {
        PhoneNumber example = phones.getExampleNumberForType(defaultPhoneRegion, PhoneNumberUtil.PhoneNumberType.MOBILE);
        String nationalPrefix = phones.getNddPrefixForRegion(defaultPhoneRegion, true);
        return new PhoneNumbering(defaultPhoneRegion, phones.getCountryCodeForRegion(defaultPhoneRegion),
                nationalPrefix == null ? "" : nationalPrefix,
                phones.format(example, PhoneNumberUtil.PhoneNumberFormat.E164),
                phones.format(example, PhoneNumberUtil.PhoneNumberFormat.NATIONAL));
    }

    public String normalise(IdentifierType type, String raw) {
        String value = asciiDigits(raw == null ? "" : raw.strip());
        if (value.isEmpty()) {
            throw new UnrecognisedIdentifierException("identifier.empty");
        }
        String normalised = switch (type) {
            case PHONE -> phone(value);
            case ACCOUNT_HANDLE -> handle(value);
            case PROFILE_URL -> url(value);
            case EMAIL -> email(value);
            case PAYMENT_WALLET -> WHITESPACE.matcher(value).replaceAll("");
            case IP_ADDRESS -> ip(value);
        };
        if (normalised.length() > MAX_NORMALISED_LENGTH) {
            throw new UnrecognisedIdentifierException("identifier.too-long");
        }
        return normalised;
    }

    /** A phone number in E.164 form ({@code +9647701234567}). */
    public String phone(String raw) {
        String value = asciiDigits(raw.strip());
        try {
            PhoneNumber number = phones.parse(value, defaultPhoneRegion);
            if (!phones.isPossibleNumber(number)) {
                throw new UnrecognisedIdentifierException("identifier.phone.invalid");
            }
            return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new UnrecognisedIdentifierException("identifier.phone.invalid");
        }
    }

    private static String handle(String value) {
        String handle = WHITESPACE.matcher(value).replaceAll("");
        while (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        if (handle.isEmpty()) {
            throw new UnrecognisedIdentifierException("identifier.empty");
        }
        return handle.toLowerCase(Locale.ROOT);
    }

    private static String email(String value) {
        String email = value.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new UnrecognisedIdentifierException("identifier.email.invalid");
        }
        return email;
    }

    /**
     * Scheme and host lower-cased, {@code www.} and {@code m.} dropped, query and fragment dropped
     * (they carry tracking noise) except an {@code id} parameter, which names a profile on some
     * platforms; no trailing slash.
     */
    private static String url(String value) {
        String withScheme = value.contains("://") ? value : "https://" + value;
        try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null) {
                throw new UnrecognisedIdentifierException("identifier.url.invalid");
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            } else if (host.startsWith("m.")) {
                host = host.substring(2);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String profileId = profileIdParameter(uri.getRawQuery());
            return "https://" + host + path + (profileId == null ? "" : "?id=" + profileId);
        } catch (URISyntaxException e) {
            throw new UnrecognisedIdentifierException("identifier.url.invalid");
        }
    }

    private static String profileIdParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("id=") && parameter.length() > 3) {
                return parameter.substring(3);
            }
        }
        return null;
    }

    /**
     * An IPv4 dotted quad or an IPv6 literal. Nothing is ever resolved: a name such as
     * {@code dead.beef} (hex letters and a dot) would make {@link InetAddress#getByName} ask the
     * filer's nameserver, so only strings that are literals by their shape reach it.
     */
    private static String ip(String value) {
        if (IPV4.matcher(value).matches()) {
            return value;
        }
        if (!IP_LITERAL.matcher(value).matches() || !value.contains(":")) {
            throw new UnrecognisedIdentifierException("identifier.ip.invalid");
        }
        try {
            // with a colon the JDK parses an IPv6 literal and never looks a name up
            return InetAddress.getByName(value).getHostAddress();
        } catch (UnknownHostException e) {
            throw new UnrecognisedIdentifierException("identifier.ip.invalid");
        }
    }

    /** Replaces Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits by ASCII digits. */
    static String asciiDigits(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
