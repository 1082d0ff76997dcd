package org.sanad.kernel.identifiers;

/**
 * How phone numbers are written in a region, as {@link IdentifierNormaliser} reads them: a number
 * without a country code is taken as the region's.
 *
 * @param region ISO 3166 region, {@code IQ}
 * @param countryCode E.164 country calling code, {@code 964}
 * @param nationalPrefix the trunk prefix dialled before a national number, {@code 0}; empty where there is none
 * @param example a mobile number of the region in E.164, {@code +9647912345678}
 * @param exampleNational the same number as it is written in the country, {@code 0791 234 5678}
 */
public record PhoneNumbering(String region, int countryCode, String nationalPrefix, String example, String exampleNational) {
}
