// What people type on a phone in Iraq or Morocco, made into what the API reads: Arabic-Indic
// (٠-٩) and Eastern Arabic-Indic (۰-۹) digits become ASCII digits; an Arabic decimal separator a
// point. The API accepts both forms too; the portal normalises so its own checks read the same.

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** The text with every Arabic-Indic or Eastern Arabic-Indic digit written as an ASCII digit. */
export function asciiDigits(text: string): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) {
      result += String.fromCharCode(48 + code - ARABIC_INDIC_ZERO);
    } else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
      result += String.fromCharCode(48 + code - EXTENDED_ARABIC_INDIC_ZERO);
    } else {
      result += character;
    }
  }
  return result;
}

/**
 * An amount as typed (any digits, thousands separators, an Arabic decimal separator, or a comma
 * before one or two last digits as French and Moroccan writing has it: 1500,50), or null if it is
 * not one.
 */
export function parseAmount(text: string): number | null {
  let ascii = asciiDigits(text).trim();
  if (!ascii.includes(".") && /,\d{1,2}$/.test(ascii)) ascii = ascii.replace(/,(\d{1,2})$/, ".$1");
  const plain = ascii.replace(/[\s,'\u066c\u00a0\u202f]/g, "").replace("\u066b", ".");
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(plain)) return null;
  const amount = Number(plain);
  return amount > 0 ? amount : null;
}

/** The digits of a phone number as typed, with a leading + kept: "٠٧٧٠ ١٢٣-٤٥٦٧" → "07701234567". */
export function phoneDigits(text: string): string {
  const ascii = asciiDigits(text).trim();
  const digits = ascii.replace(/\D/g, "");
  return ascii.startsWith("+") || ascii.startsWith("00") ? `+${digits.replace(/^00/, "")}` : digits;
}

/**
 * Whether a phone number as typed could be one: 6 to 15 digits once spaces, dashes and brackets
 * are gone. The API judges it against the jurisdiction's numbering; this only catches typing slips
 * early, at the field.
 */
export function looksLikePhone(text: string): boolean {
  if (!/^[\s\d\u0660-\u0669\u06f0-\u06f9+()\-.]+$/.test(text.trim())) return false;
  const digits = phoneDigits(text).replace("+", "");
  return digits.length >= 6 && digits.length <= 15;
}
