import assert from 'node:assert/strict';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { describe, test } from 'node:test';
import { Md5 } from '../../src/hashing/md5.js';

const text = new TextEncoder();

describe('Md5', () => {
  test('gives the digests of RFC 1321’s test suite (A.5)', () => {
    const suite: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
      ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
    ];
    for (const [message, digest] of suite) {
      assert.equal(new Md5().update(text.encode(message)).digest(), digest, JSON.stringify(message));
    }
  });

  test('agrees with node:crypto on random data cut into random chunks, across block edges', () => {
    const lengths = [55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65_536, 1_000_003];
    for (let i = 0; i < 40; i++) lengths.push(randomInt(0, 5000));
    for (const length of lengths) {
      const data = randomBytes(length);
      const md5 = new Md5();
      for (let offset = 0; offset < length; ) {
        const size = Math.min(length - offset, randomInt(0, 200));
        md5.update(data.subarray(offset, offset + size));
        offset += size;
      }
      assert.equal(md5.digest(), createHash('md5').update(data).digest('hex'), `${length} bytes`);
    }
  });

  test('writes a length past 2³² bits (a video over 512 MiB) as RFC 1321 asks', () => {
    const mebibyte = new Uint8Array(1 << 20);
    const md5 = new Md5();
    for (let i = 0; i < 513; i++) md5.update(mebibyte);
    // 513 MiB of zeros, as GNU md5sum and OpenSSL digest them
    assert.equal(md5.digest(), 'f3a8799d64129a6fd8a5aa56f199ac54');
  });

  test('cannot be used again after its digest', () => {
    const md5 = new Md5();
    md5.digest();
    assert.throws(() => md5.update(new Uint8Array(1)));
    assert.throws(() => md5.digest());
  });
});
