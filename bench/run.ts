// npm run bench: backlog throughput against the raw ceiling, IDLE latency against Dovecot's floor,
// and peak RSS, all in one run on this machine. Figures are printed and kept under bench/results/.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb, ensureDatabase, migrateToLatest } from '../src/db/db.js';
import { createTestContext, dropDatabase } from '../test/helpers/context.js';
import { appendMessages } from '../test/helpers/imap.js';
import { backlog, bigAttachment } from './corpus.js';
import { botLatency, idleFloor, percentile } from './latency.js';
import { rawCeiling } from './raw-ceiling.js';

const N = Number(process.env.BENCH_MESSAGES ?? 2000);
const LATENCY_ROUNDS = Number(process.env.BENCH_LATENCY_ROUNDS ?? 50);
// Run from dist-bench/bench/: the command and the results folder are the repository's own.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = `${ROOT}scripts/mentorbox.js`;
const RESULTS = `${ROOT}bench/results/`;

const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;

/** Runs `mentorbox start --once` as its own process and samples its peak RSS (VmHWM) while it runs. */
async function runOnce(env: Record<string, string>): Promise<{ ms: number; peakRssMb: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'start', '--once'], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  let peakKb = 0;
  const sample = (): void => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      /* the process has exited */
    }
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearInterval(timer);
  return { ms: performance.now() - started, peakRssMb: round(peakKb / 1024), code };
}

async function backlogBench() {
  const ctx = await createTestContext({ MAX_MESSAGE_BYTES: String(40 * 1024 * 1024), LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' }, { parseMail: false });
  try {
    const raws = await backlog(N, ctx.id);
    const appendStart = performance.now();
    await appendMessages(ctx.config, raws);
    const appendMs = performance.now() - appendStart;
    const raw = await rawCeiling(ctx.config, ctx.config.WORKER_CONCURRENCY);
    const bot = await runOnce(ctx.env);
    if (bot.code !== 0) throw new Error(`mentorbox start --once exited with ${bot.code}`);
    const db = createDb(ctx.env.DATABASE_URL!, 1);
    const applicants = (await db.selectFrom('applicant').select('id').execute()).length;
    await db.destroy();
    if (applicants !== N || ctx.sink.messages.length !== N) throw new Error(`backlog incomplete: ${applicants} applicants, ${ctx.sink.messages.length} mails`);

    // Memory: the same bot, once more, on one message with a 25 MB attachment.
    await appendMessages(ctx.config, [await bigAttachment(ctx.id)]);
    const big = await runOnce(ctx.env);
    return {
      messages: N,
      appendPerSec: round(N / (appendMs / 1000)),
      rawCeilingPerSec: round(raw.messages / (raw.ms / 1000)),
      botPerSec: round(N / (bot.ms / 1000)),
      ratio: round(N / (bot.ms / 1000) / (raw.messages / (raw.ms / 1000)), 2),
      botSeconds: round(bot.ms / 1000, 2),
      rawSeconds: round(raw.ms / 1000, 2),
      peakRssBacklogMb: bot.peakRssMb,
      peakRssBigAttachmentMb: big.peakRssMb,
    };
  } finally {
    await ctx.cleanup();
  }
}

async function latencyBench() {
  const ctx = await createTestContext({ LOG_LEVEL: 'warn' });
  try {
    const floor = await idleFloor(ctx.config, `floor-${ctx.id}@test.local`, LATENCY_ROUNDS);
    const bot = await botLatency(ctx, LATENCY_ROUNDS);
    return {
      rounds: LATENCY_ROUNDS,
      idleFloorP50Ms: round(percentile(floor, 50)),
      idleFloorP95Ms: round(percentile(floor, 95)),
      botP50Ms: round(percentile(bot, 50)),
      botP95Ms: round(percentile(bot, 95)),
      botOverFloorP50Ms: round(percentile(bot, 50) - percentile(floor, 50)),
    };
  } finally {
    await ctx.cleanup();
  }
}

/** The matching benchmark in its own process: its peak RSS (VmHWM) is read as it exits. */
async function matchingBench() {
  const dbUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  dbUrl.pathname = `/mb_bench_matching_${Date.now()}`;
  await ensureDatabase(dbUrl.toString());
  const db = createDb(dbUrl.toString(), 1);
  const { error } = await migrateToLatest(db);
  await db.destroy();
  if (error) throw error;
  const child = spawn(process.execPath, [fileURLToPath(new URL('./matching.js', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_DATABASE_URL: dbUrl.toString() },
  });
  let out = '';
  let peakKb = 0;
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      /* exited */
    }
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  await dropDatabase(dbUrl.toString());
  if (code !== 0) throw new Error(`matching benchmark exited with ${code}`);
  // Line 1: the pure run (its RSS is the process's peak up to then); line 2: the same pool through the database.
  const [pure, throughDb] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { ...pure, ...throughDb, peakRssMb: round(peakKb / 1024) };
}

const only = process.env.BENCH_ONLY;
const results = {
  at: new Date().toISOString(),
  node: process.version,
  backlog: only && only !== 'backlog' ? null : await backlogBench(),
  latency: only && only !== 'latency' ? null : await latencyBench(),
  matching: only && only !== 'matching' ? null : await matchingBench(),
  goals: {
    ratio: '>= 0.5', latencyP50Ms: '< 500 (floor + 250)', latencyP95Ms: '< 1500', peakRssMb: '< 300',
    matchingSuggestionsMs: '< 2000 (1,000 mentees x 300 mentors)', matchingAssignmentMs: '< 2000',
  },
};
mkdirSync(RESULTS, { recursive: true });
const file = `${RESULTS}${results.at.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
// A partial run (BENCH_ONLY) is kept beside the others but does not replace the last full one.
if (!only) writeFileSync(`${RESULTS}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
console.log(`saved ${file}`);
process.exit(0);
