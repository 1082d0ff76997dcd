/**
 * MD5 (RFC 1321), fed chunk by chunk so that a video of gigabytes is hashed without being held in
 * memory. MD5 is broken for signatures; it is used here only because it is the hash that StopNCII
 * and Take It Down match videos by.
 */

/** T[i] = floor(2³² · |sin(i + 1)|), written out (RFC 1321, 3.4) so no engine's sine can change it. */
const T = Int32Array.of(
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
);


const BLOCK_BYTES = 64;

export class Md5 {
  private readonly state = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);
  private readonly pending = new Uint8Array(BLOCK_BYTES);
  private readonly words = new Int32Array(16);
  private pendingBytes = 0;
  private totalBytes = 0;
  private finished = false;

  update(chunk: Uint8Array): this {
    if (this.finished) {
      throw new Error('this MD5 has already given its digest');
    }
    this.totalBytes += chunk.length;
    let offset = 0;
    if (this.pendingBytes > 0) {
      const taken = Math.min(BLOCK_BYTES - this.pendingBytes, chunk.length);
      this.pending.set(chunk.subarray(0, taken), this.pendingBytes);
      this.pendingBytes += taken;
      offset = taken;
      if (this.pendingBytes < BLOCK_BYTES) {
        return this;
      }
      this.compress(this.pending, 0);
      this.pendingBytes = 0;
    }
    for (; offset + BLOCK_BYTES <= chunk.length; offset += BLOCK_BYTES) {
      this.compress(chunk, offset);
    }
    this.pending.set(chunk.subarray(offset), 0);
    this.pendingBytes = chunk.length - offset;
    return this;
  }

  /** The 32 lowercase hex digits; the hash cannot be updated afterwards. */
  digest(): string {
    if (this.finished) {
      throw new Error('this MD5 has already given its digest');
    }
    const bitsLow = ((this.totalBytes % 0x20000000) * 8) >>> 0;
    const bitsHigh = Math.floor(this.totalBytes / 0x20000000) >>> 0;
    const padding = new Uint8Array(((this.pendingBytes < 56 ? 56 : 120) - this.pendingBytes) + 8);
    padding[0] = 0x80;
    const length = new DataView(padding.buffer, padding.length - 8);
    length.setUint32(0, bitsLow, true);
    length.setUint32(4, bitsHigh, true);
    this.update(padding);
    this.finished = true;
    let hex = '';
    for (const word of this.state) {
      for (let byte = 0; byte < 4; byte++) {
        hex += ((word >>> (8 * byte)) & 0xff).toString(16).padStart(2, '0');
      }
    }
    return hex;
  }

  /** RFC 1321, 3.4: four rounds of sixteen steps, four steps to a turn of the loop. */
  private compress(bytes: Uint8Array, offset: number): void {
    const x = this.words;
    for (let i = 0; i < 16; i++) {
      const at = offset + 4 * i;
      x[i] = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
    }
    const state = this.state;
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = 0; i < 16; i += 4) {
      a = step((b & c) | (~b & d), a, b, x[i], 7, T[i]);
      d = step((a & b) | (~a & c), d, a, x[i + 1], 12, T[i + 1]);
      c = step((d & a) | (~d & b), c, d, x[i + 2], 17, T[i + 2]);
      b = step((c & d) | (~c & a), b, c, x[i + 3], 22, T[i + 3]);
    }
    for (let i = 16; i < 32; i += 4) {
      a = step((b & d) | (c & ~d), a, b, x[(5 * i + 1) & 15], 5, T[i]);
      d = step((a & c) | (b & ~c), d, a, x[(5 * i + 6) & 15], 9, T[i + 1]);
      c = step((d & b) | (a & ~b), c, d, x[(5 * i + 11) & 15], 14, T[i + 2]);
      b = step((c & a) | (d & ~a), b, c, x[(5 * i + 16) & 15], 20, T[i + 3]);
    }
    for (let i = 32; i < 48; i += 4) {
      a = step(b ^ c ^ d, a, b, x[(3 * i + 5) & 15], 4, T[i]);
      d = step(a ^ b ^ c, d, a, x[(3 * i + 8) & 15], 11, T[i + 1]);
      c = step(d ^ a ^ b, c, d, x[(3 * i + 11) & 15], 16, T[i + 2]);
      b = step(c ^ d ^ a, b, c, x[(3 * i + 14) & 15], 23, T[i + 3]);
    }
    for (let i = 48; i < 64; i += 4) {
      a = step(c ^ (b | ~d), a, b, x[(7 * i) & 15], 6, T[i]);
      d = step(b ^ (a | ~c), d, a, x[(7 * i + 7) & 15], 10, T[i + 1]);
      c = step(a ^ (d | ~b), c, d, x[(7 * i + 14) & 15], 15, T[i + 2]);
      b = step(d ^ (c | ~a), b, c, x[(7 * i + 21) & 15], 21, T[i + 3]);
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
  }
}

/** One step: a ← b + ((a + mixed + word + t) <<< shift). */
function step(mixed: number, a: number, b: number, word: number, shift: number, t: number): number {
  const sum = (a + mixed + word + t) | 0;
  return (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
}
