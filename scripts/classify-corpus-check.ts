/**
 * Dev check: runs robotReason / spamReason / bounceInfo over both corpora and prints a confusion
 * table per corpus plus every miss. Reads the corpora in place (never copy them into the repo).
 *
 *   npx tsx scripts/classify-corpus-check.ts [--verbose]
 *
 * MB_CORPUS_DIR overrides where the corpora live (default: ../shared/corpus beside the repo,
 * then /work/shared/corpus). Exits 1 when anything is misclassified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bounceInfo, robotReason, spamReason, type ClassifyContext } from '../src/message/classify.js';
import { parseMessage } from '../src/message/parse.js';

type Outcome = 'robot' | 'spam' | 'pass';
interface Item {
  file: string;
  label: string;
  extra?: Record<string, unknown>;
}
interface Row extends Item {
  outcome: Outcome;
  detail: string;
}

/** Labels whose messages must never be answered, and those that must never be dropped. */
const MUST_BLOCK = new Set(['robot', 'bounce', 'auto_reply', 'bulk', 'spam']);
const MUST_PASS = new Set([
  'reply', 'human', 'forward', 'auth_fail', 'application', 'resubmission', 'late_application',
  'intro', 'feedback', 'letter_request', 'command', 'spoofed_command',
]);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = [process.env.MB_CORPUS_DIR, join(repo, '..', 'shared', 'corpus'), '/work/shared/corpus'].find(
  (d): d is string => Boolean(d) && existsSync(join(d as string, 'public', 'manifest.json')),
);
const verbose = process.argv.includes('--verbose');

interface Corpus {
  name: string;
  dir: string;
  items: Item[];
  ctx: ClassifyContext;
}

function loadCorpora(root: string): Corpus[] {
  const robustness = JSON.parse(readFileSync(join(root, 'robustness', 'manifest.json'), 'utf8')) as Array<{ file: string; expect: string }>;
  const pub = JSON.parse(readFileSync(join(root, 'public', 'manifest.json'), 'utf8')) as {
    program_mailbox: string;
    external_message_ids: Record<string, string>;
    messages: Array<{ file: string; kind: string } & Record<string, unknown>>;
  };
  const ownDomains = [...new Set(Object.keys(pub.external_message_ids).map((id) => id.replace(/^<[^@]*@|>$/g, '')))];
  return [
    {
      name: 'robustness',
      dir: join(root, 'robustness'),
      items: robustness.map((e) => ({ file: e.file, label: e.expect })),
      // The Discourse fixtures' forum answers at reply+KEY@bar.com and writes Message-IDs @test.localhost.
      ctx: { programAddresses: ['reply@bar.com'], ownDomains: ['test.localhost'] },
    },
    {
      name: 'public',
      dir: join(root, 'public'),
      items: pub.messages.map((e) => ({ file: e.file, label: e.kind, extra: e })),
      ctx: { programAddresses: [pub.program_mailbox], ownDomains },
    },
  ];
}

async function classify(corpus: Corpus, item: Item): Promise<Row> {
  const msg = await parseMessage(readFileSync(join(corpus.dir, item.file)));
  const robot = robotReason(msg, corpus.ctx);
  const spam = spamReason(msg);
  const bounce = bounceInfo(msg);
  const outcome: Outcome = spam ? 'spam' : robot ? 'robot' : 'pass';
  const parts = [robot ?? '', spam ?? ''].filter(Boolean);
  if (bounce) {
    const rcpts = bounce.recipients.map((r) => `${r.address} ${r.status ?? '?'} ${r.action ?? '?'}`).join('; ');
    parts.push(`bounce[${bounce.hard ? 'hard' : 'soft'}] ${rcpts || 'no recipients'} orig=${bounce.originalMessageId ?? '-'}${bounce.verpKey ? ` verp=${bounce.verpKey}` : ''}`);
  }
  return { ...item, outcome, detail: parts.join(' | ') };
}

function isMiss(row: Row): boolean {
  if (MUST_BLOCK.has(row.label)) return row.outcome === 'pass' || (row.label === 'spam' && row.outcome !== 'spam');
  if (MUST_PASS.has(row.label)) return row.outcome !== 'pass';
  return false;
}

function printTable(name: string, rows: Row[]): void {
  const labels = [...new Set(rows.map((r) => r.label))];
  const outcomes: Outcome[] = ['robot', 'spam', 'pass'];
  console.log(`\n== ${name} (${rows.length} messages) ==`);
  console.log(`${'expected'.padEnd(18)}${outcomes.map((o) => o.padStart(7)).join('')}   misses`);
  for (const label of labels) {
    const mine = rows.filter((r) => r.label === label);
    const counts = outcomes.map((o) => String(mine.filter((r) => r.outcome === o).length).padStart(7));
    const note = MUST_BLOCK.has(label) || MUST_PASS.has(label) ? String(mine.filter(isMiss).length) : '(info)';
    console.log(`${label.padEnd(18)}${counts.join('')}   ${note}`);
  }
}

async function main(): Promise<number> {
  if (!corpusDir) {
    console.error('corpus not found: set MB_CORPUS_DIR to the folder holding public/ and robustness/');
    return 2;
  }
  let misses = 0;
  for (const corpus of loadCorpora(corpusDir)) {
    const rows: Row[] = [];
    for (const item of corpus.items) rows.push(await classify(corpus, item));
    printTable(corpus.name, rows);
    for (const row of rows) {
      const miss = isMiss(row);
      if (miss) misses += 1;
      if (miss || verbose || row.detail.includes('bounce[')) {
        console.log(`  ${miss ? 'MISS' : '    '} ${row.label.padEnd(16)} ${row.outcome.padEnd(5)} ${row.file}  ${row.detail}`);
      }
    }
  }
  console.log(`\n${misses === 0 ? 'no misses' : `${misses} miss(es)`}`);
  return misses === 0 ? 0 : 1;
}

process.exitCode = await main();
