package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.api.ImageHashInput;
import org.sanad.complaints.domain.HashAlgorithm;
import org.sanad.complaints.domain.HashSubmission;
import org.sanad.complaints.domain.ImageHash;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.Problem.FieldViolation;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

class ImageHashRulesTest {

    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";

    private static List<FieldViolation> violationsOf(List<ImageHashInput> hashes) {
        FieldViolations violations = new FieldViolations();
        ImageHashRules.check(violations, hashes);
        ProblemException problem = assertThrows(ProblemException.class, violations::throwIfAny);
        return problem.violations();
    }

    private static ImageHash held(HashAlgorithm algorithm, String value) {
        ImageHash hash = new ImageHash();
        hash.algorithm = algorithm;
        hash.value = value;
        hash.quality = algorithm.hasQuality() ? 100 : null;
        hash.addedWith = HashSubmission.FILING;
        hash.addedAt = Instant.now();
        return hash;
    }

    private static ImageHashRules.Hash md5(int n) {
        return new ImageHashRules.Hash(HashAlgorithm.MD5, "%032x".formatted(n), null, null);
    }

    @Test
    void hashesAreKeptInLowerCaseWithTheirLabelStrippedAndABlankLabelNone() {
        FieldViolations violations = new FieldViolations();
        List<ImageHashRules.Hash> kept = ImageHashRules.check(violations, List.of(
                new ImageHashInput(HashAlgorithm.PDQ, " " + PDQ.toUpperCase() + " ", 90, "  صورة العيد "),
                new ImageHashInput(HashAlgorithm.MD5, MD5, null, "   ")));
        violations.throwIfAny();

        assertEquals(List.of(new ImageHashRules.Hash(HashAlgorithm.PDQ, PDQ, 90, "صورة العيد"),
                new ImageHashRules.Hash(HashAlgorithm.MD5, MD5, null, null)), kept);
    }

    @Test
    void eachBrokenRuleIsNamedAtItsHashsField() {
        List<FieldViolation> violations = violationsOf(List.of(
                new ImageHashInput(HashAlgorithm.PDQ, PDQ.replace('f', 'g'), 90, null),
                new ImageHashInput(HashAlgorithm.PDQ, MD5, 90, null),
                new ImageHashInput(HashAlgorithm.MD5, PDQ, null, null),
                new ImageHashInput(HashAlgorithm.PDQ, PDQ, null, null),
                new ImageHashInput(HashAlgorithm.MD5, MD5, 80, null),
                new ImageHashInput(HashAlgorithm.MD5, "0x" + MD5.substring(2), null, null)));

        assertEquals(List.of(
                new FieldViolation("imageHashes[0].value", "intake.image-hash.value.not-hex"),
                new FieldViolation("imageHashes[1].value", "intake.image-hash.value.length.pdq"),
                new FieldViolation("imageHashes[2].value", "intake.image-hash.value.length.md5"),
                new FieldViolation("imageHashes[3].quality", "intake.image-hash.quality.required"),
                new FieldViolation("imageHashes[4].quality", "intake.image-hash.quality.not-allowed"),
                new FieldViolation("imageHashes[5].value", "intake.image-hash.value.not-hex")), violations);
    }

    @Test
    void aHashTheComplaintHoldsOrThatComesTwiceIsAddedOnceInTheOrderGiven() {
        List<ImageHash> held = List.of(held(HashAlgorithm.MD5, MD5));
        ImageHashRules.Hash pdq = new ImageHashRules.Hash(HashAlgorithm.PDQ, PDQ, 100, null);
        ImageHashRules.Hash sameValueOtherAlgorithm = new ImageHashRules.Hash(HashAlgorithm.PDQ, MD5 + MD5, 40, null);

        List<ImageHashRules.Hash> added = ImageHashRules.newTo(held, List.of(
                new ImageHashRules.Hash(HashAlgorithm.MD5, MD5, null, "again"), pdq,
                new ImageHashRules.Hash(HashAlgorithm.PDQ, PDQ, 20, "twice"), sameValueOtherAlgorithm));

        assertEquals(List.of(pdq, sameValueOtherAlgorithm), added);
    }

    @Test
    void aComplaintHoldsAtMostAHundredHashesFiledAndAddedTogether() {
        List<ImageHash> held = new ArrayList<>();
        IntStream.range(0, 99).forEach(n -> held.add(held(HashAlgorithm.MD5, md5(n).value())));

        assertEquals(List.of(md5(99)), ImageHashRules.newTo(held, List.of(md5(99), md5(5))));
        ProblemException full = assertThrows(ProblemException.class,
                () -> ImageHashRules.newTo(held, List.of(md5(99), md5(100))));
        assertEquals(ProblemType.LIMIT_REACHED, full.type());
    }

    @Test
    void onlyAPdqHashOfQualityUnderFiftyIsLowQuality() {
        ImageHash hash = held(HashAlgorithm.PDQ, PDQ);
        hash.quality = 49;
        assertEquals(true, hash.isLowQuality());
        hash.quality = 50;
        assertEquals(false, hash.isLowQuality());
        assertEquals(false, held(HashAlgorithm.MD5, MD5).isLowQuality());
    }
}
