/**
 * PDQ, Meta's perceptual image hash (facebook/ThreatExchange, pdq/), written from the published
 * algorithm: luminance, a tent-filter downsample to 64×64 (Jarosz: two passes of box filters along
 * rows and columns, then sampling at the cell centres), a DCT keeping the 16×16 lowest frequencies
 * after the constant one, one bit per frequency above their median, and a quality score from the
 * gradients of the 64×64 image.
 *
 * Every step is computed in 32-bit floats, rounded where the C++ reference rounds, so that the same
 * pixels give the reference's bits and quality exactly: in 64-bit arithmetic the photographs of the
 * reference's tests hash the same, but a DCT value next to the median can land on its other side
 * (on a noise image, 14 bits of 256). No DOM here: files.ts brings the pixels.
 */

export interface PdqHash {
  /** 64 lowercase hex digits: bit i·16+j (row i, column j of the 16×16 DCT) is bit i·16+j of the
   * number, written most significant first, as the reference writes its hashes. */
  hash: string;
  /** 0 (featureless) to 100; the reference advises not to rely on hashes of quality below 50. */
  quality: number;
}

/** Pixels row by row, one, three or four channels (grey, RGB, RGBA; an ImageData fits). */
export interface PdqPixels {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

const f32 = Math.fround;

const LUMA_RED = f32(0.299);
const LUMA_GREEN = f32(0.587);
const LUMA_BLUE = f32(0.114);

/** Below this width or height the reference gives the all-zero hash with quality 0. */
const MIN_SIDE = 5;
const GRID = 64;
const FREQUENCIES = 16;
const TENT_PASSES = 2;
const HASH_BITS = FREQUENCIES * FREQUENCIES;
const ZERO_HASH = '0'.repeat(HASH_BITS / 4);

/** Row u (u = 1..16) of the DCT-II basis over 64 samples, scaled by √(2/64); stored in floats. */
const DCT_BASIS: Float32Array = (() => {
  const scale = f32(Math.sqrt(2 / GRID));
  const basis = new Float32Array(FREQUENCIES * GRID);
  for (let u = 0; u < FREQUENCIES; u++) {
    for (let x = 0; x < GRID; x++) {
      basis[u * GRID + x] = scale * Math.cos((Math.PI / 2 / GRID) * (u + 1) * (2 * x + 1));
    }
  }
  return basis;
})();

export function pdqHash(pixels: PdqPixels): PdqHash {
  return pdqHashOfLuminance(luminance(pixels), pixels.width, pixels.height);
}

/**
 * The eight ways an image can be turned or mirrored without resampling, named as the reference names
 * them: rotate90 is the hash the original would have once turned a quarter turn, and so on. PDQ is
 * not rotation-invariant (on the reference's photographs, a copy turned 1° is 12 to 22 bits away,
 * turned 2° 32 to 42, past the usual match distance of 31); a matcher that has the eight hashes of
 * the original finds a copy that was turned a quarter turn or mirrored.
 */
export const ORIENTATIONS = [
  'original',
  'rotate90',
  'rotate180',
  'rotate270',
  'flipX',
  'flipY',
  'flipPlus1',
  'flipMinus1',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PdqDihedralHashes {
  hashes: Record<Orientation, string>;
  quality: number;
}

/** The hash of each orientation of the image, from one downsample and one DCT. */
export function pdqDihedralHashes(pixels: PdqPixels): PdqDihedralHashes {
  const analysis = analyse(luminance(pixels), pixels.width, pixels.height);
  const hashes = {} as Record<Orientation, string>;
  for (const orientation of ORIENTATIONS) {
    hashes[orientation] = analysis ? bitsAboveMedian(reorient(analysis.frequencies, orientation)) : ZERO_HASH;
  }
  return { hashes, quality: analysis?.quality ?? 0 };
}

/** Luminance (Y of YUV, the reference's coefficients) of grey, RGB or RGBA pixels; alpha is ignored. */
export function luminance({ data, width, height }: PdqPixels): Float32Array {
  const count = width * height;
  const channels = count > 0 ? data.length / count : 0;
  if (!Number.isInteger(width) || !Number.isInteger(height) || ![1, 3, 4].includes(channels)) {
    throw new RangeError(`${data.length} values are not ${width}×${height} grey, RGB or RGBA pixels`);
  }
  const luma = new Float32Array(count);
  if (channels === 1) {
    for (let p = 0; p < count; p++) luma[p] = data[p];
    return luma;
  }
  for (let p = 0, q = 0; p < count; p++, q += channels) {
    luma[p] = f32(f32(f32(LUMA_RED * data[q]) + f32(LUMA_GREEN * data[q + 1])) + f32(LUMA_BLUE * data[q + 2]));
  }
  return luma;
}

/** The hash of a luminance image, row by row; the array is not modified. */
export function pdqHashOfLuminance(luma: Float32Array, width: number, height: number): PdqHash {
  const analysis = analyse(luma, width, height);
  return analysis ? { hash: bitsAboveMedian(analysis.frequencies), quality: analysis.quality } : { hash: ZERO_HASH, quality: 0 };
}

/** Number of differing bits between two hashes written as 64 hex digits. */
export function hammingDistance(a: string, b: string): number {
  const hex = /^[0-9a-fA-F]{64}$/;
  if (!hex.test(a) || !hex.test(b)) {
    throw new RangeError('a PDQ hash is 64 hex digits');
  }
  let distance = 0;
  for (let i = 0; i < 64; i += 8) {
    let differing = parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16);
    while (differing !== 0) {
      differing &= differing - 1;
      distance++;
    }
  }
  return distance;
}

/** The 16×16 low frequencies and the quality, or null for an image too small to hash. */
function analyse(luma: Float32Array, width: number, height: number): { frequencies: Float32Array; quality: number } | null {
  if (luma.length !== width * height) {
    throw new RangeError(`${luma.length} luminance values are not ${width}×${height}`);
  }
  if (width < MIN_SIDE || height < MIN_SIDE) {
    return null;
  }
  const grid = downsampleToGrid(luma, width, height);
  return { frequencies: lowFrequencies(grid), quality: quality(grid) };
}

/**
 * The tent filter, then the value at the centre of each of the 64×64 cells. A 64×64 image comes out
 * as it went in (its box filters are one sample wide), as the reference's shortcut for it assumes.
 */
function downsampleToGrid(luma: Float32Array, width: number, height: number): Float32Array {
  const image = Float32Array.from(luma);
  const scratch = new Float32Array(image.length);
  const windowAlongRows = tentWindow(width);
  const windowAlongColumns = tentWindow(height);
  for (let pass = 0; pass < TENT_PASSES; pass++) {
    for (let row = 0; row < height; row++) {
      boxFilter(image, scratch, row * width, 1, width, windowAlongRows);
    }
    for (let column = 0; column < width; column++) {
      boxFilter(scratch, image, column, width, height, windowAlongColumns);
    }
  }
  const grid = new Float32Array(GRID * GRID);
  for (let i = 0; i < GRID; i++) {
    const row = Math.floor(((i + 0.5) * height) / GRID);
    for (let j = 0; j < GRID; j++) {
      grid[i * GRID + j] = image[row * width + Math.floor(((j + 0.5) * width) / GRID)];
    }
  }
  return grid;
}

/** Each pass covers half a grid cell, so the two passes together average a whole cell (rounded up). */
function tentWindow(side: number): number {
  return Math.floor((side + 2 * GRID - 1) / (2 * GRID));
}

/**
 * Moving average of `length` samples spaced `stride` apart from `start`: output k is the mean of
 * the samples from k − (window − ahead − 1) to k + ahead, cut at the ends. The running sum is kept
 * as the reference keeps it (add the entering sample, then drop the leaving one) so that its
 * rounding is the same.
 */
function boxFilter(
  input: Float32Array,
  output: Float32Array,
  start: number,
  stride: number,
  length: number,
  window: number,
): void {
  const ahead = Math.floor((window + 2) / 2) - 1;
  const behind = window - ahead;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < ahead; k++) {
    sum = f32(sum + input[start + k * stride]);
    count++;
  }
  for (let k = 0; k < length; k++) {
    const entering = k + ahead;
    if (entering < length) {
      sum = f32(sum + input[start + entering * stride]);
      count++;
    }
    const leaving = k - behind;
    if (leaving >= 0) {
      sum = f32(sum - input[start + leaving * stride]);
      count--;
    }
    output[start + k * stride] = sum / count;
  }
}

/** Sum of the significant steps between neighbours (in percent of the range), scaled to 0..100. */
function quality(grid: Float32Array): number {
  let gradients = 0;
  const step = (u: number, v: number) => Math.abs(Math.trunc(f32(f32(f32(u - v) * 100) / 255)));
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      if (i + 1 < GRID) gradients += step(grid[i * GRID + j], grid[(i + 1) * GRID + j]);
      if (j + 1 < GRID) gradients += step(grid[i * GRID + j], grid[i * GRID + j + 1]);
    }
  }
  return Math.min(100, Math.floor(gradients / 90));
}

/** D·A·Dᵀ with D the 16×64 DCT basis: frequencies 1..16 along each axis. */
function lowFrequencies(grid: Float32Array): Float32Array {
  const partial = new Float32Array(FREQUENCIES * GRID);
  for (let u = 0; u < FREQUENCIES; u++) {
    for (let x = 0; x < GRID; x++) {
      let sum = 0;
      for (let k = 0; k < GRID; k++) {
        sum = f32(sum + f32(DCT_BASIS[u * GRID + k] * grid[k * GRID + x]));
      }
      partial[u * GRID + x] = sum;
    }
  }
  const frequencies = new Float32Array(HASH_BITS);
  for (let u = 0; u < FREQUENCIES; u++) {
    for (let v = 0; v < FREQUENCIES; v++) {
      let sum = 0;
      for (let k = 0; k < GRID; k++) {
        sum = f32(sum + f32(partial[u * GRID + k] * DCT_BASIS[v * GRID + k]));
      }
      frequencies[u * FREQUENCIES + v] = sum;
    }
  }
  return frequencies;
}

/**
 * Mirroring an axis of the image negates the frequencies that are odd along it (indices 0, 2, …
 * here, frequency = index + 1); a transposed image has the transposed frequencies. Each orientation
 * is a transposition or not followed by the negations, read in the turned image's coordinates.
 */
const REORIENTATION: Record<Orientation, { transpose: boolean; mirrorRows: boolean; mirrorColumns: boolean }> = {
  original: { transpose: false, mirrorRows: false, mirrorColumns: false },
  rotate90: { transpose: true, mirrorRows: true, mirrorColumns: false },
  rotate180: { transpose: false, mirrorRows: true, mirrorColumns: true },
  rotate270: { transpose: true, mirrorRows: false, mirrorColumns: true },
  flipX: { transpose: false, mirrorRows: true, mirrorColumns: false },
  flipY: { transpose: false, mirrorRows: false, mirrorColumns: true },
  flipPlus1: { transpose: true, mirrorRows: false, mirrorColumns: false },
  flipMinus1: { transpose: true, mirrorRows: true, mirrorColumns: true },
};

function reorient(frequencies: Float32Array, orientation: Orientation): Float32Array {
  const { transpose, mirrorRows, mirrorColumns } = REORIENTATION[orientation];
  const turned = new Float32Array(HASH_BITS);
  for (let u = 0; u < FREQUENCIES; u++) {
    for (let v = 0; v < FREQUENCIES; v++) {
      const value = transpose ? frequencies[v * FREQUENCIES + u] : frequencies[u * FREQUENCIES + v];
      const negated = (mirrorRows && u % 2 === 0) !== (mirrorColumns && v % 2 === 0);
      turned[u * FREQUENCIES + v] = negated ? -value : value;
    }
  }
  return turned;
}

/** The median is the lower of the two middle values (the 128th smallest), as the reference's is. */
function bitsAboveMedian(frequencies: Float32Array): string {
  const median = Float32Array.from(frequencies).sort()[HASH_BITS / 2 - 1];
  let hex = '';
  for (let word = FREQUENCIES - 1; word >= 0; word--) {
    let bits = 0;
    for (let bit = 0; bit < FREQUENCIES; bit++) {
      if (frequencies[word * FREQUENCIES + bit] > median) bits |= 1 << bit;
    }
    hex += bits.toString(16).padStart(4, '0');
  }
  return hex;
}
