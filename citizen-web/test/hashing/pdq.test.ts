import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js';
import {
  hammingDistance,
  pdqDihedralHashes,
  pdqHash,
  pdqHashOfLuminance,
  type Orientation,
  type PdqPixels,
} from '../../src/hashing/pdq.js';
import { expected, loadVector as load, MATCH_DISTANCE, type Rgba } from './vectors.js';

/**
 * ThreatExchange calls a port correct when, on its images, hashes of quality 80 or more are within
 * 10 bits of theirs (pdq/README.md): their published hashes were taken from pixels decoded by
 * another JPEG decoder (libjpeg through Pillow), which differs from jpeg-js here and there by a
 * unit, and a unit moves the DCT values lying next to the median. Below quality 50 they advise
 * discarding the hash, and a featureless image's bits do swing (q0003, quality 3: 64 bits).
 */
const PUBLISHED_DISTANCE = 10;
const PUBLISHED_MIN_QUALITY = 80;

describe('PDQ on the reference implementation’s pixels', () => {
  for (const vector of expected.vectors) {
    test(`${vector.file} gives the reference's hash and quality, bit for bit`, () => {
      const image = load(vector.file);
      assert.equal(
        sha256(image.data),
        vector.reference.decodedRgbaSha256,
        'jpeg-js decodes this file otherwise than when the reference ran on its pixels (NOTICE.md)',
      );
      assert.deepEqual(pdqHash(image), { hash: vector.reference.hash, quality: vector.reference.quality });
    });
  }

  for (const { pattern, width, height, hash, quality } of expected.syntheticFromReference.images) {
    test(`a ${width}×${height} ${pattern} gives the reference's hash and quality`, () => {
      assert.deepEqual(pdqHash(PATTERNS[pattern](width, height)), { hash, quality });
    });
  }

  test('the eight orientations of the 512×512 bridge give the reference’s eight hashes', () => {
    const { file, hashes, quality } = expected.dihedralFromReference;
    assert.deepEqual(pdqDihedralHashes(load(file)), { hashes, quality });
  });

  test('a grey image hashes as its luminance, and RGBA as RGB', () => {
    const rgba = gradient(40, 30, 4);
    const grey = { width: 40, height: 30, data: rgba.data.filter((_, i) => i % 4 === 0) };
    assert.deepEqual(pdqHash(grey), pdqHashOfLuminance(Float32Array.from(grey.data), 40, 30));
    assert.deepEqual(pdqHash(rgba), pdqHash(gradient(40, 30, 3)));
  });

  test('pixels that do not fill the width and height are refused', () => {
    assert.throws(() => pdqHash({ width: 10, height: 10, data: new Uint8Array(10 * 10 * 2) }), RangeError);
    assert.throws(() => pdqHashOfLuminance(new Float32Array(99), 10, 10), RangeError);
  });
});

describe('PDQ against the hashes ThreatExchange published', () => {
  for (const vector of expected.vectors.filter((v) => v.reference.quality >= PUBLISHED_MIN_QUALITY)) {
    test(`${vector.file} is within ${PUBLISHED_DISTANCE} bits of ${vector.published.from}`, () => {
      const { hash, quality } = pdqHash(load(vector.file));
      assert.ok(hammingDistance(hash, vector.published.hash) <= PUBLISHED_DISTANCE, `${hash} vs ${vector.published.hash}`);
      if (vector.published.quality !== undefined) assert.equal(quality, vector.published.quality);
    });
  }
});

describe('PDQ finds copies and tells unrelated images apart', () => {
  const bridge = load('bridge-mods/square-512x512.jpg');
  const bridgeHash = pdqHash(bridge).hash;

  test('the resized and re-encoded copies of the bridge in ThreatExchange’s data match its original', () => {
    for (const copy of ['shrink-a-lot.jpg', 'square-128x128.jpg', 'square-256x256.jpg', 'square-512x512.jpg']) {
      const distance = hammingDistance(pdqHash(load(`bridge-mods/${copy}`)).hash, expected.bridgeOriginal.hash);
      assert.ok(distance <= MATCH_DISTANCE, `${copy}: ${distance} bits`);
    }
  });

  test('a copy re-encoded at JPEG quality 30, halved, or turned by one degree matches', () => {
    const copies = {
      reencoded: decodeJpeg(encodeJpeg({ ...bridge, data: Buffer.from(bridge.data) }, 30).data, { useTArray: true }),
      halved: halve(bridge),
      turnedOneDegree: turn(bridge, 1),
    };
    for (const [name, copy] of Object.entries(copies)) {
      const distance = hammingDistance(pdqHash(copy).hash, bridgeHash);
      assert.ok(distance <= MATCH_DISTANCE, `${name}: ${distance} bits`);
    }
  });

  test('a copy turned a quarter turn or mirrored is far from the hash but matches the hash of that orientation', () => {
    const { hashes } = pdqDihedralHashes(bridge);
    const copies: [Orientation, PdqPixels][] = [
      ['rotate90', quarterTurnCounterclockwise(bridge)],
      ['flipY', mirrorLeftRight(bridge)],
    ];
    for (const [orientation, copy] of copies) {
      const copyHash = pdqHash(copy).hash;
      assert.ok(hammingDistance(copyHash, bridgeHash) > MATCH_DISTANCE, `${orientation} matched the original`);
      assert.ok(hammingDistance(copyHash, hashes[orientation]) <= MATCH_DISTANCE, `${orientation} not found`);
    }
  });

  test('no two different images of quality 50 or more match', () => {
    const different = ['misc-images/wee.jpg', 'bridge-mods/square-512x512.jpg'].concat(
      expected.vectors.map((v) => v.file).filter((f) => f.includes('labelme')),
    );
    const hashes = different.map((file) => ({ file, ...pdqHash(load(file)) })).filter((h) => h.quality >= 50);
    assert.ok(hashes.length >= 6);
    for (const a of hashes) {
      for (const b of hashes.filter((h) => h.file > a.file)) {
        const distance = hammingDistance(a.hash, b.hash);
        assert.ok(distance > MATCH_DISTANCE, `${a.file} and ${b.file}: ${distance} bits`);
      }
    }
  });
});

describe('hammingDistance', () => {
  test('counts the differing bits of two hex hashes, whatever their case', () => {
    const zero = '0'.repeat(64);
    assert.equal(hammingDistance(zero, zero), 0);
    assert.equal(hammingDistance(zero, 'f'.repeat(64)), 256);
    assert.equal(hammingDistance(zero, '8' + '0'.repeat(62) + '3'), 3);
    assert.equal(hammingDistance('A'.repeat(64), 'a'.repeat(64)), 0);
  });

  test('refuses what is not 64 hex digits', () => {
    assert.throws(() => hammingDistance('0'.repeat(63), '0'.repeat(64)), RangeError);
    assert.throws(() => hammingDistance('g'.repeat(64), '0'.repeat(64)), RangeError);
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The patterns of the synthetic images in expected.json (described there too). */
const PATTERNS = { gradient, noise };

function gradient(width: number, height: number, channels = 3): PdqPixels & { data: Uint8Array } {
  const data = new Uint8Array(width * height * channels).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * channels;
      data[p] = (x * 7 + y * 3) & 255;
      data[p + 1] = (x * y) & 255;
      data[p + 2] = ((x ^ y) * 5) & 255;
    }
  }
  return { width, height, data };
}

/** Noise from a 32-bit linear congruential generator; on it, 64-bit arithmetic in place of the
 * reference's 32-bit floats flips 14 bits (the photographs here hash the same either way). */
function noise(width: number, height: number): PdqPixels & { data: Uint8Array } {
  const data = new Uint8Array(width * height * 3);
  let state = 1;
  for (let i = 0; i < data.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    data[i] = 75 + ((state >>> 16) % 40);
  }
  return { width, height, data };
}

function mapPixels(image: Rgba, width: number, height: number, source: (x: number, y: number) => number): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = source(x, y) * 4;
      data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

function quarterTurnCounterclockwise(image: Rgba): Rgba {
  return mapPixels(image, image.height, image.width, (x, y) => x * image.width + (image.width - 1 - y));
}

function mirrorLeftRight(image: Rgba): Rgba {
  return mapPixels(image, image.width, image.height, (x, y) => y * image.width + (image.width - 1 - x));
}

/** Each pixel the mean of a 2×2 block. */
function halve({ width, height, data }: Rgba): Rgba {
  const half = { width: width >> 1, height: height >> 1, data: new Uint8Array((width >> 1) * (height >> 1) * 4) };
  for (let y = 0; y < half.height; y++) {
    for (let x = 0; x < half.width; x++) {
      for (let c = 0; c < 4; c++) {
        const at = (dx: number, dy: number) => data[((2 * y + dy) * width + 2 * x + dx) * 4 + c];
        half.data[(y * half.width + x) * 4 + c] = Math.round((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4);
      }
    }
  }
  return half;
}

/** Turned about its centre, sampled bilinearly, edges repeated into the corners. */
function turn({ width, height, data }: Rgba, degrees: number): Rgba {
  const out = new Uint8Array(width * height * 4);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - (width - 1) / 2;
      const dy = y - (height - 1) / 2;
      const sx = clamp(cos * dx + sin * dy + (width - 1) / 2, width - 1.001);
      const sy = clamp(-sin * dx + cos * dy + (height - 1) / 2, height - 1.001);
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      for (let c = 0; c < 4; c++) {
        const at = (i: number, j: number) => data[(j * width + i) * 4 + c];
        const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        out[(y * width + x) * 4 + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return { width, height, data: out };
}
