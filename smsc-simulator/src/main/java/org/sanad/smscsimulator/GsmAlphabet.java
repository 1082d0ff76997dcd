package org.sanad.smscsimulator;

/**
 * The GSM 03.38 default alphabet as ESMEs submit it over SMPP with data_coding 0: one septet per
 * octet, unpacked, an extension character after the escape 0x1B. Kept apart from the service's
 * encoder on purpose: the SMSC decodes by its own table, so a wrong character on either side shows.
 */
final class GsmAlphabet {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final int ESCAPE = 0x1B;

    private GsmAlphabet() {
    }

    static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < septets.length) {
                text.append(extension(septets[++i] & 0x7F));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static char extension(int septet) {
        return switch (septet) {
            case 0x0A -> '\f';
            case 0x14 -> '^';
            case 0x28 -> '{';
            case 0x29 -> '}';
            case 0x2F -> '\\';
            case 0x3C -> '[';
            case 0x3D -> '~';
            case 0x3E -> ']';
            case 0x40 -> '|';
            case 0x65 -> '€';
            // 03.38: an escape before a septet without an extension character shows the basic one
            default -> BASIC.charAt(septet);
        };
    }
}
