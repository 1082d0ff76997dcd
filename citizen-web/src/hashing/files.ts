/**
 * Hashes of the victim's own files, computed in the browser: PDQ for an image, MD5 for a video, as
 * StopNCII and Take It Down do. The file is read here and nowhere else: nothing is sent, stored or
 * kept after the hash is returned.
 */
import { Md5 } from './md5.js';
import { pdqHash, type PdqHash } from './pdq.js';

/**
 * An image is reduced to fit in 512×512 before PDQ, keeping its proportions, as ThreatExchange's
 * Python tool does (the C++ tool squeezes it to 512×512). PDQ itself keeps only 64×64 blurred
 * cells, so the hash moves by a few bits (their 512×512 copy of a 1600×1004 photograph hashes
 * 8 bits from the original), while a 12-megapixel photo would take close to 200 MB of pixels,
 * luminance and filter buffers in JavaScript, on a phone that may have 2 GB in all. The browser
 * still decodes the full image once, outside the JavaScript heap, and it is closed at once.
 */
const MAX_SIDE = 512;

export type DeviceHash = ({ kind: 'pdq' } & PdqHash) | { kind: 'md5'; hash: string };

export interface VideoHashOptions {
  /** Told the bytes read so far and the file's size, after each chunk. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

/** The file's hash by its type: PDQ for an image, MD5 for a video; other types are refused. */
export async function hashOnDevice(file: Blob, options: VideoHashOptions = {}): Promise<DeviceHash> {
  if (file.type.startsWith('image/')) {
    return { kind: 'pdq', ...(await pdqHashOfImage(file)) };
  }
  if (file.type.startsWith('video/')) {
    return { kind: 'md5', hash: await md5OfFile(file, options) };
  }
  throw new TypeError(`only images and videos are hashed on the device, not ${file.type || 'untyped files'}`);
}

/**
 * Decodes the image as the browser shows it (turned by its EXIF orientation: a platform shows and
 * re-encodes it turned, so copies are found that way), lays it on white (a transparent pixel has no
 * colour of its own) at most 512 pixels a side, and hashes its pixels. Rejects with the browser's
 * error when it cannot decode the format (HEIC outside Safari, for one).
 */
export async function pdqHashOfImage(file: Blob): Promise<PdqHash> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvasContext(width, height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return pdqHash(context.getImageData(0, 0, width, height));
  } finally {
    bitmap.close();
  }
}

/** Streams the file through MD5, one chunk in memory at a time. */
export async function md5OfFile(file: Blob, { onProgress, signal }: VideoHashOptions = {}): Promise<string> {
  signal?.throwIfAborted();
  const md5 = new Md5();
  const reader = file.stream().getReader();
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      signal?.throwIfAborted();
      md5.update(value);
      bytesRead += value.length;
      onProgress?.(bytesRead, file.size);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
  return md5.digest();
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A 2-D context read once by the CPU (willReadFrequently keeps it out of the GPU). */
function canvasContext(width: number, height: number): Context2D {
  const settings: CanvasRenderingContext2DSettings = { alpha: false, willReadFrequently: true };
  const context =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height).getContext('2d', settings)
      : Object.assign(document.createElement('canvas'), { width, height }).getContext('2d', settings);
  if (!context) {
    throw new Error('this browser gives no 2-D canvas to read the image with');
  }
  return context;
}
