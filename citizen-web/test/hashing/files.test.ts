import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { hashOnDevice, md5OfFile } from '../../src/hashing/files.js';

// The image path (createImageBitmap, the canvas) needs a browser: files.browser.test.ts.

describe('md5OfFile', () => {
  // In parts, as a browser's File streams (Node streams a one-part Blob in one chunk)
  const video = new Blob(
    Array.from({ length: 40 }, () => randomBytes(75_000)),
    { type: 'video/mp4' },
  );

  test('streams a file through MD5 and reports its progress up to the whole size', async () => {
    const progress: number[] = [];
    const digest = await md5OfFile(video, { onProgress: (read, total) => progress.push(read / total) });
    const whole = createHash('md5').update(new Uint8Array(await video.arrayBuffer())).digest('hex');
    assert.equal(digest, whole);
    assert.ok(progress.length > 1, `${progress.length} progress reports`);
    assert.deepEqual([...progress].sort((a, b) => a - b), progress);
    assert.equal(progress.at(-1), 1);
  });

  test('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const hashing = md5OfFile(video, { signal: controller.signal, onProgress: () => controller.abort() });
    await assert.rejects(hashing, { name: 'AbortError' });
  });

  test('is what hashOnDevice gives a video, and hashOnDevice refuses what is neither image nor video', async () => {
    assert.deepEqual(await hashOnDevice(video), { kind: 'md5', hash: await md5OfFile(video) });
    await assert.rejects(hashOnDevice(new Blob(['%PDF-1.7'], { type: 'application/pdf' })), TypeError);
  });
});
