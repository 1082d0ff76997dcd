package org.sanad.complaints.sms;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

import io.quarkus.logging.Log;

/**
 * What the SMSC delivers on the transceiver session: a delivery receipt becomes an
 * {@link SmsDeliveryReport} event; anything else (a reply from a phone) is answered and dropped, as
 * this service takes no messages by SMS. Every deliver_sm is answered with success, whatever the
 * observers do: a refused one would come back again and again.
 */
@ApplicationScoped
class DeliveryReceipts implements MessageReceiverListener {

    private final Event<SmsDeliveryReport> reports;

    DeliveryReceipts(Event<SmsDeliveryReport> reports) {
        this.reports = reports;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {
        if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
            Log.debug("A deliver_sm that is no delivery receipt: answered and dropped");
            return;
        }
        Optional<String> receiptedId = receiptedMessageId(deliverSm);
        SmsDeliveryReport report;
        try {
            DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            report = new SmsDeliveryReport(receiptedId.orElse(receipt.getId()), receipt.getFinalStatus().name(),
                    receipt.getDoneDate() == null ? Instant.now() : receipt.getDoneDate().toInstant());
        } catch (InvalidDeliveryReceiptException | RuntimeException unreadable) {
            // the receipt's text may quote the message: not logged
            Log.warnf("A delivery receipt in a form this service cannot read (receipted_message_id %s): dropped",
                    receiptedId.orElse("absent"));
            return;
        }
        try {
            reports.fire(report);
        } catch (RuntimeException e) {
            Log.errorf(e, "The delivery report for message %s was not recorded", report.messageId());
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // alert_notification tells of a phone reachable again; the SMSC retries on its own
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not served", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    private static Optional<String> receiptedMessageId(DeliverSm deliverSm) {
        return deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID) instanceof OptionalParameter.COctetString id
                ? Optional.of(id.getValueAsString())
                : Optional.empty();
    }
}
