import type { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Outcome } from '../intake/context.js';
import type { Origin } from '../intake/store.js';
import type { Log } from '../shared/log.js';
import { conversationLanes, cursorAfter, planBatches, poolByKey, segmentsAround, type Listed } from './batches.js';
import { createImapClient, ensureFolders, mailboxName } from './connect.js';
import { loadCursor, saveCursor, startUid } from './cursor.js';

export interface WatcherDeps {
  config: Config;
  db: Db;
  log: Log;
  handle: (raw: Buffer, origin: Origin) => Promise<Outcome>;
  handleOversize: (headers: Buffer, size: number, origin: Origin) => Promise<Outcome>;
  /** Messages processed at once within a batch (extraction is CPU-bound; the database is not). */
  concurrency?: number;
  pollMs?: number;
}

const BATCH = { batchCount: 40, batchBytes: 48 * 1024 * 1024 };
const LARGE_MESSAGE_BYTES = 2 * 1024 * 1024;

interface Fetched {
  uid: number;
  source: Buffer;
  internalDate: Date;
  sender: string;
  messageId: string | null;
  inReplyTo: string | null;
}

/** Watches one mailbox: catch-up from the stored cursor, then IDLE; reconnects with backoff. */
export class MailboxWatcher {
  private client: ImapFlow | null = null;
  private stopping = false;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private readonly name: string;
  private readonly folders: Record<Outcome['folder'], string>;

  constructor(private readonly deps: WatcherDeps) {
    this.name = mailboxName(deps.config);
    const c = deps.config;
    this.folders = { processed: c.FOLDER_PROCESSED, ignored: c.FOLDER_IGNORED, review: c.FOLDER_REVIEW, threads: c.FOLDER_THREADS, feedback: c.FOLDER_FEEDBACK };
  }

  /** Catch up once and disconnect (`start --once`, cron). */
  async runOnce(): Promise<void> {
    const client = await this.connect();
    try {
      await this.catchUp(client);
    } finally {
      await client.logout().catch(() => undefined);
      this.client = null;
    }
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.connectAndListen();
    this.pollTimer = setInterval(() => this.trigger(), this.deps.pollMs ?? 60_000);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.running?.catch(() => undefined);
    await this.client?.logout().catch(() => undefined);
    this.client = null;
  }

  /** Resolves when no catch-up is running or pending. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private async connect(): Promise<ImapFlow> {
    const client = createImapClient(this.deps.config);
    client.on('error', (err: Error) => this.deps.log.warn('imap error', { error: err }));
    await client.connect();
    await ensureFolders(client, Object.values(this.folders));
    this.client = client;
    return client;
  }

  private async connectAndListen(): Promise<void> {
    const client = await this.connect();
    client.on('exists', () => this.trigger());
    client.on('close', () => {
      if (this.client === client) this.client = null;
      if (!this.stopping) this.scheduleReconnect();
    });
    this.failures = 0;
    this.deps.log.info('mailbox connected', { mailbox: this.deps.config.IMAP_FOLDER });
    this.trigger();
    await this.idle();
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.stopping) return;
    const delay = Math.min(60_000, 1_000 * 2 ** this.failures) + Math.floor(Math.random() * 500);
    this.failures += 1;
    this.deps.log.warn('mailbox connection lost; reconnecting', { inMs: delay, attempt: this.failures });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connectAndListen().catch((err: unknown) => {
        this.deps.log.warn('reconnect failed', { error: err });
        this.scheduleReconnect();
      });
    }, delay);
  }

  /** A message failed (it stays in the folder): look again shortly; after MAX_ATTEMPTS it is set aside. */
  private retrySoon(): void {
    setTimeout(() => this.trigger(), 2_000).unref();
  }

  /** New mail, a poll tick or a reconnect: run one catch-up, or one more after the current one. */
  private trigger(): void {
    if (this.stopping || !this.client) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const client = this.client;
    this.running = (async () => {
      do {
        this.again = false;
        await this.catchUp(client).catch((err: unknown) => this.deps.log.error('catch-up failed', { error: err }));
      } while (this.again && !this.stopping && this.client === client);
    })().finally(() => {
      this.running = null;
    });
  }

  private async catchUp(client: ImapFlow): Promise<void> {
    const lock = await client.getMailboxLock(this.deps.config.IMAP_FOLDER);
    try {
      const box = client.mailbox;
      if (!box) return;
      const uidValidity = String(box.uidValidity);
      const cursor = await loadCursor(this.deps.db, this.name);
      const { from, resync } = startUid(cursor, uidValidity);
      if (resync) this.deps.log.warn('UIDVALIDITY changed; resyncing by Message-ID', { mailbox: this.deps.config.IMAP_FOLDER });
      if (box.exists === 0) return;
      // Everything still in the folder is looked at, not only UIDs past the cursor: a message left
      // behind by a crash between commit and MOVE is found again (store-once makes it a no-op).
      const listed: Listed[] = [];
      for await (const m of client.fetch('1:*', { uid: true, size: true }, { uid: true })) listed.push({ uid: m.uid, size: m.size ?? 0 });
      const { batches, oversize } = planBatches(listed, { maxMessageBytes: this.deps.config.MAX_MESSAGE_BYTES, ...BATCH });
      let last = resync ? 0 : from - 1;
      for (const m of oversize) last = Math.max(last, await this.oversize(client, m, uidValidity));
      for (const batch of batches) {
        if (this.stopping) break;
        last = await this.batch(client, batch, uidValidity, last);
      }
      await saveCursor(this.deps.db, this.name, { uidValidity, lastUid: last });
    } finally {
      lock.release();
    }
  }

  private origin(uid: number, uidValidity: string, receivedAt: Date): Origin {
    return { origin: 'imap', mailbox: this.name, uid, uidValidity, receivedAt };
  }

  private async batch(client: ImapFlow, batch: Listed[], uidValidity: string, last: number): Promise<number> {
    const fetched = await this.download(client, batch);
    const uids = fetched.map((m) => m.uid);
    const lanes = conversationLanes(fetched);
    const coordinators = new Set(this.deps.config.COORDINATORS);
    const results: PromiseSettledResult<Outcome>[] = [];
    for (const segment of segmentsAround(fetched, (m) => coordinators.has(m.sender))) {
      results.push(
        ...(await poolByKey(segment, (m) => lanes.get(m.uid) ?? m.sender, this.deps.concurrency ?? 4, (m) =>
          this.deps.handle(m.source, this.origin(m.uid, uidValidity, m.internalDate)),
        )),
      );
    }
    fetched.length = 0;
    const failed = new Set<number>();
    const moves = new Map<string, number[]>();
    results.forEach((r, i) => {
      const uid = uids[i] as number;
      if (r.status === 'rejected') {
        failed.add(uid);
        this.deps.log.error('message left in the mailbox for a retry', { uid, error: r.reason });
        return;
      }
      const folder = this.folders[r.value.folder];
      moves.set(folder, [...(moves.get(folder) ?? []), uid]);
    });
    for (const [folder, list] of moves) await client.messageMove(list.join(','), folder, { uid: true });
    if (failed.size > 0) this.retrySoon();
    return cursorAfter(batch.map((b) => b.uid), failed, last);
  }

  /**
   * Small messages come in one FETCH; large ones by a chunked download, because imapflow holds a
   * whole FETCH literal several times over while parsing it (a 34 MB message cost ~200 MB there).
   */
  private async download(client: ImapFlow, batch: Listed[]): Promise<Fetched[]> {
    const small = batch.filter((b) => b.size <= LARGE_MESSAGE_BYTES);
    const fetched: Fetched[] = [];
    // Collect first: no other IMAP command may run while a FETCH is streaming.
    const query = { uid: true, source: true, internalDate: true, envelope: true };
    if (small.length > 0) {
      for await (const m of client.fetch(small.map((b) => b.uid).join(','), query, { uid: true })) {
        const sender = m.envelope?.from?.[0]?.address?.toLowerCase() ?? `uid:${m.uid}`;
        if (m.source) fetched.push({ uid: m.uid, source: m.source, internalDate: toDate(m.internalDate), sender, messageId: m.envelope?.messageId ?? null, inReplyTo: m.envelope?.inReplyTo ?? null });
      }
    }
    for (const large of batch.filter((b) => b.size > LARGE_MESSAGE_BYTES)) {
      const meta = await client.fetchOne(String(large.uid), { uid: true, internalDate: true, envelope: true }, { uid: true });
      const { content } = await client.download(String(large.uid), undefined, { uid: true, chunkSize: 1024 * 1024 });
      if (!meta || !content) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(chunk as Buffer);
      const sender = meta.envelope?.from?.[0]?.address?.toLowerCase() ?? `uid:${large.uid}`;
      fetched.push({ uid: large.uid, source: Buffer.concat(chunks), internalDate: toDate(meta.internalDate), sender, messageId: meta.envelope?.messageId ?? null, inReplyTo: meta.envelope?.inReplyTo ?? null });
    }
    return fetched.sort((a, b) => a.uid - b.uid);
  }

  private async oversize(client: ImapFlow, m: Listed, uidValidity: string): Promise<number> {
    const found = await client.fetchOne(String(m.uid), { uid: true, headers: true, internalDate: true }, { uid: true });
    if (!found || !found.headers) return m.uid;
    const outcome = await this.deps.handleOversize(found.headers, m.size, this.origin(m.uid, uidValidity, toDate(found.internalDate)));
    await client.messageMove(String(m.uid), this.folders[outcome.folder], { uid: true });
    return m.uid;
  }
}

function toDate(value: Date | string | undefined): Date {
  const d = value instanceof Date ? value : value ? new Date(value) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : d;
}
