-- Each submitted version is signed once, when it is submitted (docs/referral-signatures.md): a
-- detached JWS (ES256) over the version as the court reads it, and the id (RFC 7638 thumbprint)
-- of the key that signed it. Kept with the version, so a later key rotation changes no old
-- signature. Versions submitted before this migration are signed at the service's next start.
alter table referral_version
    add column signature_jws text,
    add column signature_kid text;

alter table referral_version
    add constraint referral_version_signed_with_a_key
        check ((signature_jws is null) = (signature_kid is null)),
    add constraint referral_version_only_submitted_signed
        check (signature_jws is null or submitted_at is not null);
