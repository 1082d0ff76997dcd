package org.sanad.smscsimulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageIDGenerator;
import org.jsmpp.util.MessageId;
import org.jsmpp.util.RandomMessageIDGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * submit_sm, the one operation an ESME sending notifications needs: checked as an SMSC checks it
 * (a destination that is a number, a known data coding, a well-formed concatenation), answered with
 * a message id, kept, and followed by its receipt. The other operations are refused.
 */
final class SubmitSmHandler implements ServerMessageReceiverListener, ServerResponseDeliveryListener {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitSmHandler.class);

    /** E.164 digits, international or national; an alphanumeric or empty destination is refused. */
    private static final Pattern DESTINATION = Pattern.compile("\\+?[0-9]{6,15}");

    private final MessageIDGenerator messageIds = new RandomMessageIDGenerator();

    private final Function<Session, String> systemIdOf;

    private final Inbox inbox;

    private final Receipts receipts;

    private final AtomicInteger throttled = new AtomicInteger();

    SubmitSmHandler(Function<Session, String> systemIdOf, Inbox inbox, Receipts receipts) {
        this.systemIdOf = systemIdOf;
        this.inbox = inbox;
        this.receipts = receipts;
    }

    /** The next {@code submits} submit_sm are answered ESME_RTHROTTLED, as a loaded SMSC does. */
    void throttle(int submits) {
        throttled.set(submits);
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
        if (throttled.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        if (submit.getDestAddress() == null || !DESTINATION.matcher(submit.getDestAddress()).matches()) {
            throw new ProcessRequestException("invalid destination address", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        SubmittedPart part = SubmittedPart.of(submit);
        String systemId = systemIdOf.apply(source);
        MessageId id = messageIds.newMessageId();
        String messageId = id.getValue();
        inbox.add(systemId, part, messageId);
        receipts.owe(systemId, messageId, part, submit.getRegisteredDelivery());
        LOG.info("submit_sm from {} accepted as message {}", systemId, messageId);
        return new SubmitSmResult(id, new OptionalParameter[0]);
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
        receipts.responded(result.getMessageId());
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception e, SMPPServerSession source) {
        receipts.responseFailed(result.getMessageId());
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {
        // submit_multi is refused, there is never a response to follow
    }

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception e, SMPPServerSession source) {
        // as above
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("submit_multi");
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_sm");
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("replace_sm");
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("cancel_sm");
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported("data_sm");
    }

    private static ProcessRequestException unsupported(String operation) {
        return new ProcessRequestException(operation + " is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
