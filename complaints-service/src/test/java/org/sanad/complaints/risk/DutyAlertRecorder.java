package org.sanad.complaints.risk;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What the people on duty were told, as an observer of {@link DutyAlert} sees it (in the raising transaction). */
@ApplicationScoped
public class DutyAlertRecorder {

    private final List<DutyAlert> told = new CopyOnWriteArrayList<>();

    void on(@Observes DutyAlert alert) {
        told.add(alert);
    }

    /** The alerts told about one complaint, in the order they were. */
    public List<DutyAlert> about(String complaintId) {
        UUID id = UUID.fromString(complaintId);
        return told.stream().filter(alert -> alert.complaintId().equals(id)).toList();
    }
}
