import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode as decodeJpeg } from 'jpeg-js';
import type { Orientation, PdqPixels } from '../../src/hashing/pdq.js';

/** ThreatExchange's expected values for its images (NOTICE.md says where each comes from). */
export interface Expected {
  vectors: Vector[];
  bridgeOriginal: { hash: string };
  syntheticFromReference: {
    images: { pattern: 'gradient' | 'noise'; width: number; height: number; hash: string; quality: number }[];
  };
  dihedralFromReference: { file: string; hashes: Record<Orientation, string>; quality: number };
}

export interface Vector {
  file: string;
  published: { hash: string; quality?: number; from: string };
  reference: { decodedRgbaSha256: string; hash: string; quality: number };
}

export type Rgba = PdqPixels & { data: Uint8Array };

/** The sources' test/hashing/vectors, found above the compiled test wherever tsc put it. */
export const vectorsDirectory = (() => {
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'test', 'hashing', 'vectors');
    if (existsSync(path.join(candidate, 'expected.json'))) return candidate;
    if (path.dirname(directory) === directory) throw new Error('no test/hashing/vectors above the compiled test');
  }
})();

export const expected = JSON.parse(readFileSync(path.join(vectorsDirectory, 'expected.json'), 'utf8')) as Expected;

export function vectorBytes(file: string): Buffer {
  return readFileSync(path.join(vectorsDirectory, file));
}

/** The vector's pixels as jpeg-js decodes them, RGBA. */
export function loadVector(file: string): Rgba {
  return decodeJpeg(vectorBytes(file), { useTArray: true, formatAsRGBA: true });
}

/** ThreatExchange's advice for calling two PDQ hashes a match (pdq/README.md). */
export const MATCH_DISTANCE = 31;
