-- UnsignedVersions looks every minute for submitted versions without a signature (submitted by a
-- replica of a release that did not sign, during a rollout): a partial index keeps that look from
-- reading every version, and holds nothing once every version is signed.
CREATE INDEX referral_version_unsigned_idx ON referral_version (referral_id)
    WHERE submitted_at IS NOT NULL AND signature_jws IS NULL;
