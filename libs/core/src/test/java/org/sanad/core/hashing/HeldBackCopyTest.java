package org.sanad.core.hashing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeldBackCopyTest {

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, HeldBackCopy.BLOCK - 1, HeldBackCopy.BLOCK, HeldBackCopy.BLOCK + 1, 5 * HeldBackCopy.BLOCK + 17 })
    void bytesThatGiveTheExpectedHashArriveWhole(int size) throws IOException {
        byte[] file = bytes(size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String observed = HeldBackCopy.copy(new ByteArrayInputStream(file), out, hash -> hash.equals(Sha256.of(file)));

        assertEquals(Sha256.of(file), observed);
        assertArrayEquals(file, out.toByteArray());
        assertEquals(Sha256.of(file), Sha256.of(new ByteArrayInputStream(file)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, HeldBackCopy.BLOCK, HeldBackCopy.BLOCK + 1, 5 * HeldBackCopy.BLOCK + 17 })
    void bytesThatDoNotAreBrokenOffBeforeTheirLastBlock(int size) {
        byte[] file = bytes(size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThrows(IOException.class,
                () -> HeldBackCopy.copy(new ByteArrayInputStream(file), out, hash -> false));

        int lastBlock = size % HeldBackCopy.BLOCK == 0 ? HeldBackCopy.BLOCK : size % HeldBackCopy.BLOCK;
        assertArrayEquals(Arrays.copyOf(file, size - lastBlock), out.toByteArray());
    }
}
