/**
 * Dev check: prints what trimReply keeps of every reply in both corpora, to eyeball. Reads the corpora in place
 * (never copy them into the repo).
 *
 *   npx tsx scripts/trim-corpus-check.ts [NAME-FILTER]
 *
 * MB_CORPUS_DIR overrides where the corpora live (default: ../shared/corpus beside the repo, then /work/shared/corpus).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../src/message/parse.js';
import { trimReply } from '../src/reply/trim.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = [process.env.MB_CORPUS_DIR, join(repo, '..', 'shared', 'corpus'), '/work/shared/corpus'].find(
  (d): d is string => Boolean(d) && existsSync(join(d as string, 'public', 'manifest.json')),
);
if (!root) throw new Error('corpus not found: set MB_CORPUS_DIR');
const filter = process.argv[2] ?? '';

/** Kinds in the public corpus that are replies to the program's mail. */
const PUBLIC_REPLY_KINDS = new Set(['reply', 'feedback', 'letter_request']);

function files(): Array<{ path: string; note: string }> {
  const robustness = JSON.parse(readFileSync(join(root!, 'robustness', 'manifest.json'), 'utf8')) as Array<{ file: string; expect: string; notes: string }>;
  const pub = JSON.parse(readFileSync(join(root!, 'public', 'manifest.json'), 'utf8')) as { messages: Array<{ file: string; kind: string }> };
  return [
    ...robustness.filter((e) => e.expect === 'reply').map((e) => ({ path: join(root!, 'robustness', e.file), note: e.notes })),
    ...pub.messages.filter((m) => PUBLIC_REPLY_KINDS.has(m.kind)).map((m) => ({ path: join(root!, 'public', m.file), note: m.kind })),
  ].filter((f) => f.path.includes(filter));
}

function rawBody(raw: Buffer): string {
  const text = raw.toString('utf8');
  const start = text.search(/\r?\n\r?\n/);
  return start < 0 ? '' : text.slice(start).trim();
}

for (const { path, note } of files()) {
  let raw = readFileSync(path);
  // Some Discourse fixtures start with a blank line, which makes mailparser read the headers as body text.
  const leadingBlank = raw[0] === 0x0a || raw[0] === 0x0d;
  if (leadingBlank) raw = raw.subarray(raw[0] === 0x0d && raw[1] === 0x0a ? 2 : 1);
  const message = await parseMessage(raw);
  // A multipart type with no parts leaves mailparser with no text; trim the raw body then, to still see the trimming.
  const noText = message.text.trim() === '' && message.html === null;
  const text = noText ? rawBody(raw) : message.text;
  const started = performance.now();
  const result = trimReply({ text, html: message.html });
  const ms = (performance.now() - started).toFixed(2);
  console.log(`\n=== ${path.slice(root.length + 1)}  (${note.slice(0, 90)})`);
  console.log(`    quoted=${result.quoted} signatureRemoved=${result.signatureRemoved} ${ms} ms${leadingBlank ? '  [leading blank line skipped]' : ''}${noText ? '  [no parsed text: raw body]' : ''}`);
  console.log(result.reply.replace(/^/gm, '  | '));
}
