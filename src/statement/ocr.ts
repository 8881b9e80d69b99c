import { createRequire } from 'node:module';
import type { Worker } from 'tesseract.js';

/** The port OCR goes through, so tests and callers can pass a fake or another engine. */
export interface OcrEngine {
  /** Reads the text of one image (PNG, JPEG, BMP, WebP, TIFF, GIF bytes). */
  recognize(image: Buffer, signal?: AbortSignal): Promise<string>;
}

const require = createRequire(import.meta.url);

/**
 * The traineddata shipped in @tesseract.js-data/eng. Without an explicit langPath tesseract.js
 * downloads from a CDN (and hangs offline); cacheMethod 'none' stops it writing
 * ./eng.traineddata into the working directory.
 */
function engLangPath(): string {
  return (require('@tesseract.js-data/eng') as { langPath: string }).langPath;
}

let worker: Promise<Worker> | null = null;

/** One tesseract worker per process, created on first use (~0.6 s) and reused. */
async function sharedWorker(): Promise<Worker> {
  if (!worker) {
    worker = (async () => {
      const { createWorker, OEM } = await import('tesseract.js');
      return createWorker('eng', OEM.LSTM_ONLY, { langPath: engLangPath(), cacheMethod: 'none', gzip: true });
    })();
    // A failed start must not stay cached: the next call tries again.
    worker.catch(() => {
      worker = null;
    });
  }
  return worker;
}

/**
 * The default engine: tesseract.js in a worker thread. An aborted (timed-out) job leaves the worker
 * busy, so it is terminated and the next call starts a fresh one.
 */
export const tesseractEngine: OcrEngine = {
  async recognize(image, signal) {
    const current = await sharedWorker();
    const onAbort = (): void => void terminateOcr();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const { data } = await current.recognize(image);
      return data.text;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  },
};

/** Stops the shared worker (graceful shutdown, tests' afterAll). Safe to call when none runs. */
export async function terminateOcr(): Promise<void> {
  const current = worker;
  worker = null;
  if (!current) return;
  try {
    await (await current).terminate();
  } catch {
    // Already gone: nothing to stop.
  }
}
