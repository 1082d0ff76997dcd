import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DeviceHash } from '../../src/hashing/files.js';
import { hammingDistance, pdqDihedralHashes } from '../../src/hashing/pdq.js';
import { expected, loadVector, MATCH_DISTANCE, vectorBytes } from './vectors.js';

// files.ts in Debian's Chromium (as e2e/web drives it): createImageBitmap, the canvas, File.stream().
// The page imports the compiled modules from a local server; the files reach it as bytes.

const compiledHashing = fileURLToPath(new URL('../../src/hashing/', import.meta.url));

/** The published hashes were taken from Pillow's decoding; Chromium's may differ by a unit here and there. */
const PUBLISHED_DISTANCE = 10;

describe('hashing on the device, in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = http.createServer((request, response) => {
      const name = path.basename(request.url ?? '');
      if (request.url === '/') {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>hashing</title>');
      } else if (request.url === `/hashing/${name}` && name.endsWith('.js')) {
        response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(path.join(compiledHashing, name)));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** hashOnDevice in the page, on a File of these bytes and this type (drawn first at a new size if asked). */
  function hashInPage(bytes: Uint8Array, type: string, redrawnAt?: { width: number; height: number }): Promise<DeviceHash> {
    return page.evaluate(
      async ({ base64, type, redrawnAt }) => {
        const files: typeof import('../../src/hashing/files.js') = await import('/hashing/files.js' as string);
        let file: Blob = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'file', { type });
        if (redrawnAt) {
          const canvas = new OffscreenCanvas(redrawnAt.width, redrawnAt.height);
          canvas.getContext('2d')?.drawImage(await createImageBitmap(file), 0, 0, redrawnAt.width, redrawnAt.height);
          file = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        }
        return files.hashOnDevice(file);
      },
      { base64: Buffer.from(bytes).toString('base64'), type, redrawnAt },
    );
  }

  test('an image decoded by the browser hashes as ThreatExchange published it', async () => {
    for (const vector of expected.vectors.filter((v) => v.reference.quality >= 80)) {
      const result = await hashInPage(vectorBytes(vector.file), 'image/jpeg');
      assert.equal(result.kind, 'pdq');
      const distance = hammingDistance(result.hash, vector.published.hash);
      assert.ok(distance <= PUBLISHED_DISTANCE, `${vector.file}: ${distance} bits from ${vector.published.from}`);
    }
  });

  test('a photograph over 512 pixels a side is reduced first and still matches its original', async () => {
    const original = { width: 1600, height: 1004 };
    const result = await hashInPage(vectorBytes('bridge-mods/square-512x512.jpg'), 'image/jpeg', original);
    const distance = hammingDistance(result.hash, expected.bridgeOriginal.hash);
    assert.ok(distance <= MATCH_DISTANCE, `${distance} bits from the 1600×1004 original`);
  });

  test('an image is hashed as shown, turned by its EXIF orientation', async () => {
    const file = 'bridge-mods/square-256x256.jpg';
    const { hashes } = pdqDihedralHashes(loadVector(file));
    // orientation 6: shown turned a quarter turn clockwise, the reference's rotate270
    const shown = await hashInPage(withExifOrientation(vectorBytes(file), 6), 'image/jpeg');
    assert.ok(hammingDistance(shown.hash, hashes.rotate270) <= MATCH_DISTANCE, 'not hashed as turned');
    assert.ok(hammingDistance(shown.hash, hashes.original) > MATCH_DISTANCE, 'hashed as stored');
  });

  test('a video is streamed through MD5', async () => {
    const video = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) & 255);
    assert.deepEqual(await hashInPage(video, 'video/mp4'), {
      kind: 'md5',
      hash: createHash('md5').update(video).digest('hex'),
    });
  });
});

/** The JPEG with an EXIF segment (APP1) holding only an orientation, right after its start marker. */
function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}
