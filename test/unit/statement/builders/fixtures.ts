import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InboundMessage, InboundPart } from '../../../../src/message/inbound.js';
import { parseMessage } from '../../../../src/message/parse.js';
import type { ExtractContext } from '../../../../src/statement/extractors/types.js';
import type { OcrEngine } from '../../../../src/statement/ocr.js';
import { DEFAULT_LIMITS, type ExtractLimits } from '../../../../src/statement/types.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'statement');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

export function fixtureMessage(name: string): Promise<InboundMessage> {
  return parseMessage(fixture(name));
}

export function context(overrides: Partial<ExtractContext> = {}, limits: Partial<ExtractLimits> = {}): ExtractContext {
  return { limits: { ...DEFAULT_LIMITS, ...limits }, ocr: null, signal: new AbortController().signal, ...overrides };
}

export function part(content: Buffer, filename: string | null, extra: Partial<InboundPart> = {}): InboundPart {
  return { filename, contentType: 'application/octet-stream', disposition: 'attachment', contentId: null, charset: null, related: false, content, size: content.length, ...extra };
}

/** An InboundMessage as parseMessage would return it, for scenarios that need no MIME. */
export function inbound(text: string, parts: InboundPart[] = []): InboundMessage {
  return {
    key: '<test@example.org>', messageId: '<test@example.org>', rawSha256: '0'.repeat(64), size: 0,
    from: { address: 'zoe@example.za', name: 'Zoe' }, sender: null, replyTo: [], to: [], cc: [], deliveredTo: [],
    returnPath: null, subject: 'Expression of interest', date: null, inReplyTo: null, references: [],
    headers: new Map(), text, html: null, topContentType: parts.length > 0 ? 'multipart/mixed' : 'text/plain', parts,
  };
}

/** An OCR engine that answers with fixed text (or never answers), counting its calls. */
export function fakeOcr(text: string | null): OcrEngine & { calls: number } {
  const engine = {
    calls: 0,
    recognize(): Promise<string> {
      engine.calls += 1;
      return text === null ? new Promise<string>(() => {}) : Promise.resolve(text);
    },
  };
  return engine;
}
