package org.sanad.kernel.identifiers;

/** Kinds of identifiers a blackmailer leaves behind. */
public enum IdentifierType {
    PHONE, ACCOUNT_HANDLE, PROFILE_URL, EMAIL, PAYMENT_WALLET, IP_ADDRESS
}
