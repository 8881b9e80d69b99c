import { failed, type Extracted } from './extractors/types.js';

/**
 * Runs one extraction with a deadline and turns any exception into `corrupt`. On timeout the signal
 * is aborted so the extractor can free its resources; JavaScript cannot stop a synchronous loop, so
 * the budget holds for the async readers (pdf.js, OCR) and is best effort for the rest.
 */
export async function withTimeout(ms: number, run: (signal: AbortSignal) => Promise<Extracted>): Promise<Extracted> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Extracted>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(failed('timeout', `reading took longer than ${ms} ms`));
    }, Math.max(0, ms));
  });
  const work = run(controller.signal).catch((error: unknown) => failed('corrupt', describe(error)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 300) || 'unreadable';
}
