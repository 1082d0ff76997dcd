package org.sanad.complaints.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanad.complaints.api.ImageHashInput;
import org.sanad.complaints.domain.HashAlgorithm;
import org.sanad.complaints.domain.ImageHash;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

/**
 * The rules of the image hashes a filer gives, beyond what bean validation says alone: the value
 * is hexadecimal of its algorithm's length, a PDQ hash comes with its quality and an MD5 hash
 * without, a complaint holds a hash once and at most {@value ImageHash#MAX_PER_COMPLAINT} of them.
 */
public final class ImageHashRules {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private ImageHashRules() {
    }

    /** A hash as it is kept: its value in lower case, a blank label none. */
    public record Hash(HashAlgorithm algorithm, String value, Integer quality, String label) {
    }

    /**
     * Each hash as it is kept, in order (none for no hashes); a broken rule is a violation at the
     * hash's field, {@code imageHashes[i].value} or {@code imageHashes[i].quality}.
     */
    public static List<Hash> check(FieldViolations violations, List<ImageHashInput> hashes) {
        if (hashes == null) {
            return List.of();
        }
        List<Hash> checked = new ArrayList<>(hashes.size());
        for (int i = 0; i < hashes.size(); i++) {
            ImageHashInput hash = hashes.get(i);
            String field = "imageHashes[" + i + "].";
            String value = hash.value().strip();
            if (!HEX.matcher(value).matches()) {
                violations.add(field + "value", "intake.image-hash.value.not-hex");
            } else if (value.length() != hash.algorithm().hexDigits()) {
                violations.add(field + "value", "intake.image-hash.value.length." + hash.algorithm().name().toLowerCase(Locale.ROOT));
            }
            if (hash.algorithm().hasQuality() && hash.quality() == null) {
                violations.add(field + "quality", "intake.image-hash.quality.required");
            } else if (!hash.algorithm().hasQuality() && hash.quality() != null) {
                violations.add(field + "quality", "intake.image-hash.quality.not-allowed");
            }
            String label = hash.label() == null || hash.label().isBlank() ? null : hash.label().strip();
            checked.add(new Hash(hash.algorithm(), value.toLowerCase(Locale.ROOT), hash.quality(), label));
        }
        return checked;
    }

    /**
     * Those of {@code given} the complaint does not hold yet, each once, in order; a 409
     * {@code limit-reached} if they would take the complaint past
     * {@value ImageHash#MAX_PER_COMPLAINT}.
     */
    public static List<Hash> newTo(List<ImageHash> held, List<Hash> given) {
        List<Hash> added = new ArrayList<>();
        Set<String> known = new HashSet<>();
        held.forEach(hash -> known.add(hash.algorithm + ":" + hash.value));
        for (Hash hash : given) {
            if (known.add(hash.algorithm() + ":" + hash.value())) {
                added.add(hash);
            }
        }
        if (held.size() + added.size() > ImageHash.MAX_PER_COMPLAINT) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "complaint.image-hashes.too-many",
                    ImageHash.MAX_PER_COMPLAINT);
        }
        return added;
    }
}
