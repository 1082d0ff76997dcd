package org.sanad.complaints.domain;

/** Where the blackmailer reached the victim. */
public enum Platform {
    FACEBOOK, INSTAGRAM, WHATSAPP, TELEGRAM, TIKTOK, SNAPCHAT, X, SIGNAL, VIBER, IMO, EMAIL, SMS, PHONE_CALL, OTHER
}
