package org.sanad.complaints.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;

/**
 * The NIST P-256 curve as Web Push writes its keys: a public key as the uncompressed point (0x04,
 * then x and y, 32 bytes each), a private key as its 32-byte scalar.
 */
final class P256 {

    static final int POINT_BYTES = 65;
    static final int SCALAR_BYTES = 32;
    private static final int COORDINATE_BYTES = 32;
    private static final byte UNCOMPRESSED = 0x04;

    static final ECParameterSpec CURVE = curve();

    private P256() {
    }

    /** The public key {@code point} encodes; refused unless it is an uncompressed point on the curve. */
    static ECPublicKey publicKey(byte[] point) {
        if (point.length != POINT_BYTES || point[0] != UNCOMPRESSED) {
            throw new IllegalArgumentException("not an uncompressed P-256 point of 65 bytes");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + COORDINATE_BYTES));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + COORDINATE_BYTES, POINT_BYTES));
        if (!onCurve(x, y)) {
            throw new IllegalArgumentException("not a point on P-256");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key: " + e.getMessage(), e);
        }
    }

    /** The private key of scalar {@code d} (32 bytes, big-endian), refused outside 1..n-1. */
    static ECPrivateKey privateKey(byte[] d) {
        BigInteger scalar = new BigInteger(1, d);
        if (d.length != SCALAR_BYTES || scalar.signum() == 0 || scalar.compareTo(CURVE.getOrder()) >= 0) {
            throw new IllegalArgumentException("not a P-256 private key: a 32-byte scalar below the curve's order");
        }
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 private key: " + e.getMessage(), e);
        }
    }

    /** {@code key} as the uncompressed point. */
    static byte[] encode(ECPublicKey key) {
        byte[] point = new byte[POINT_BYTES];
        point[0] = UNCOMPRESSED;
        unsigned(key.getW().getAffineX(), point, 1);
        unsigned(key.getW().getAffineY(), point, 1 + COORDINATE_BYTES);
        return point;
    }

    /** Whether (x, y) satisfies y² = x³ + ax + b over the curve's field, both coordinates in it. */
    private static boolean onCurve(BigInteger x, BigInteger y) {
        EllipticCurve curve = CURVE.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return left.equals(right);
    }

    private static void unsigned(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, COORDINATE_BYTES);
        System.arraycopy(bytes, bytes.length - length, into, offset + COORDINATE_BYTES - length, length);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no P-256", e);
        }
    }
}
