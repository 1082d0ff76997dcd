package org.sanad.smscsimulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;

/**
 * One submit_sm: who to, from whom, its user data without the header, and where it belongs when
 * it is one part of a concatenated message (a UDH concatenation element, 8- or 16-bit reference,
 * or the sar_* TLVs).
 */
record SubmittedPart(String to, String from, int dataCoding, byte[] userData, Concatenation concatenation) {

    /** Part {@code sequence} of {@code total}, all parts sharing the sender's {@code reference}. */
    record Concatenation(int reference, int total, int sequence) {
    }

    private static final int DATA_CODING_GSM7 = 0;
    private static final int DATA_CODING_IA5 = 1;
    private static final int DATA_CODING_LATIN1 = 3;
    private static final int DATA_CODING_UCS2 = 8;

    private static final int IEI_CONCATENATED_8BIT = 0x00;
    private static final int IEI_CONCATENATED_16BIT = 0x08;

    static SubmittedPart of(SubmitSm submit) throws ProcessRequestException {
        int dataCoding = submit.getDataCoding() & 0xFF;
        if (dataCoding != DATA_CODING_GSM7 && dataCoding != DATA_CODING_IA5 && dataCoding != DATA_CODING_LATIN1
                && dataCoding != DATA_CODING_UCS2) {
            throw new ProcessRequestException("data_coding " + dataCoding + " is not supported",
                    SMPPConstant.STAT_ESME_RSUBMITFAIL);
        }
        byte[] message = submit.getShortMessage() == null ? new byte[0] : submit.getShortMessage();
        if (message.length == 0
                && submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD) instanceof OptionalParameter.OctetString payload) {
            message = payload.getValue();
        }
        if (SubmitSm.isUdhi(submit.getEsmClass())) {
            return withHeader(submit, dataCoding, message);
        }
        return new SubmittedPart(submit.getDestAddress(), submit.getSourceAddr(), dataCoding, message, sar(submit));
    }

    String text() {
        return decode(dataCoding, userData);
    }

    static String decode(int dataCoding, byte[] userData) {
        return switch (dataCoding) {
            case DATA_CODING_GSM7 -> GsmAlphabet.decode(userData);
            case DATA_CODING_IA5 -> new String(userData, StandardCharsets.US_ASCII);
            case DATA_CODING_LATIN1 -> new String(userData, StandardCharsets.ISO_8859_1);
            default -> new String(userData, StandardCharsets.UTF_16BE);
        };
    }

    private static SubmittedPart withHeader(SubmitSm submit, int dataCoding, byte[] message) throws ProcessRequestException {
        int headerLength = message.length == 0 ? -1 : message[0] & 0xFF;
        if (headerLength < 0 || 1 + headerLength > message.length) {
            throw new ProcessRequestException("user data header longer than the message", SMPPConstant.STAT_ESME_RINVMSGLEN);
        }
        Concatenation concatenation = null;
        int at = 1;
        while (at + 1 < 1 + headerLength) {
            int element = message[at] & 0xFF;
            int length = message[at + 1] & 0xFF;
            int data = at + 2;
            if (element == IEI_CONCATENATED_8BIT && length == 3) {
                concatenation = new Concatenation(message[data] & 0xFF, message[data + 1] & 0xFF, message[data + 2] & 0xFF);
            } else if (element == IEI_CONCATENATED_16BIT && length == 4) {
                concatenation = new Concatenation(((message[data] & 0xFF) << 8) | (message[data + 1] & 0xFF),
                        message[data + 2] & 0xFF, message[data + 3] & 0xFF);
            }
            at = data + length;
        }
        byte[] userData = Arrays.copyOfRange(message, 1 + headerLength, message.length);
        return new SubmittedPart(submit.getDestAddress(), submit.getSourceAddr(), dataCoding, userData,
                checked(concatenation));
    }

    private static Concatenation sar(SubmitSm submit) throws ProcessRequestException {
        if (submit.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM) instanceof OptionalParameter.Short reference
                && submit.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS) instanceof OptionalParameter.Byte total
                && submit.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM) instanceof OptionalParameter.Byte sequence) {
            return checked(new Concatenation(reference.getValue() & 0xFFFF, total.getValue() & 0xFF, sequence.getValue() & 0xFF));
        }
        return null;
    }

    private static Concatenation checked(Concatenation concatenation) throws ProcessRequestException {
        if (concatenation != null && (concatenation.total() < 1 || concatenation.sequence() < 1
                || concatenation.sequence() > concatenation.total())) {
            throw new ProcessRequestException("part " + concatenation.sequence() + " of " + concatenation.total(),
                    SMPPConstant.STAT_ESME_RINVTLVVAL);
        }
        return concatenation;
    }
}
