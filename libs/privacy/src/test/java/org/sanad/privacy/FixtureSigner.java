package org.sanad.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Test fixture: an embeddable with one encrypted attribute, as a service embeds a victim. */
@Embeddable
public class FixtureSigner {

    @Encrypted
    @Column(name = "signer_name")
    public String name;

    /** Not personal data. */
    @Column(name = "signer_role")
    public String role;
}
