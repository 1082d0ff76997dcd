package org.sanad.complaints.sms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an SMS text costs: its encoding (GSM 03.38 when every character is in the default alphabet
 * or its extension table, else UCS-2) and how many messages it takes. Parts never split a GSM escape
 * pair or a UTF-16 surrogate pair, as the handset would show either half as garbage.
 */
public final class SmsText {

    /** GSM 03.38's default alphabet, in septet order (0x1B, the escape, is not a character of its own). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each character is the escape and this septet. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private static final byte[] EXTENSION_SEPTETS = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private static final byte ESCAPE = 0x1B;

    private SmsText() {
    }

    public static SmsEncoding encoding(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return SmsEncoding.UCS2;
            }
        }
        return SmsEncoding.GSM7;
    }

    public static int segments(String text) {
        return parts(text).size();
    }

    /** The text cut into the parts it is sent as: one when it fits a single message. */
    static List<String> parts(String text) {
        SmsEncoding encoding = encoding(text);
        if (units(text, encoding) <= encoding.single()) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = encoding == SmsEncoding.GSM7 ? septets(text.charAt(i))
                    : Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + cost > encoding.perPart()) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
            if (cost == 2 && encoding == SmsEncoding.UCS2) {
                i++;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** A part's user data as SMPP carries it: GSM septets one an octet (unpacked), or UTF-16 big-endian. */
    static byte[] encode(String part, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS2) {
            return part.getBytes(StandardCharsets.UTF_16BE);
        }
        ByteBuffer septets = ByteBuffer.allocate(part.length() * 2);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int basic = BASIC.indexOf(c);
            if (basic >= 0 && c != ESCAPE) {
                septets.put((byte) basic);
            } else {
                septets.put(ESCAPE).put(EXTENSION_SEPTETS[EXTENSION.indexOf(c)]);
            }
        }
        byte[] encoded = new byte[septets.position()];
        septets.flip().get(encoded);
        return encoded;
    }

    private static int units(String text, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS2) {
            return text.length();
        }
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += septets(text.charAt(i));
        }
        return septets;
    }

    /** 1 for the default alphabet, 2 for the extension table, 0 for a character GSM 03.38 lacks. */
    private static int septets(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
