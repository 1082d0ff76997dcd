package org.sanad.cases.domain;

/** Why a case was closed. */
public enum ClosureReason {
    NO_SUSPECT_FOUND, VICTIM_WITHDREW, INSUFFICIENT_EVIDENCE, MERGED_INTO_ANOTHER_CASE, PROSECUTION_COMPLETED, OTHER
}
