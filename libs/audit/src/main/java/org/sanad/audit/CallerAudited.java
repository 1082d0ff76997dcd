package org.sanad.audit;

/**
 * The audit log recorded an action of the request's caller (a success or a refusal). Observers run in
 * the audit entry's transaction and read the caller from the request, as the officer directory does
 * to keep the officers who act shown by name.
 */
public enum CallerAudited {
    NOW
}
