import type { Config } from '../src/config.js';
import { planBatches, pool, type Listed } from '../src/mailbox/batches.js';
import { parseMessage } from '../src/message/parse.js';
import { extractStatement } from '../src/statement/extract.js';
import { extractFields } from '../src/statement/fields/index.js';
import { testImapClient } from '../test/helpers/imap.js';

/**
 * The raw ceiling: what imapflow fetch + mailparser + extraction cost on the same mailbox, with the
 * same batches and concurrency as the bot, but no database, no queue and no mail sent.
 */
export async function rawCeiling(config: Config, concurrency: number): Promise<{ messages: number; ms: number }> {
  const client = testImapClient(config);
  await client.connect();
  const started = performance.now();
  let messages = 0;
  const lock = await client.getMailboxLock(config.IMAP_FOLDER);
  try {
    const listed: Listed[] = [];
    for await (const m of client.fetch('1:*', { uid: true, size: true }, { uid: true })) listed.push({ uid: m.uid, size: m.size ?? 0 });
    const { batches } = planBatches(listed, { maxMessageBytes: config.MAX_MESSAGE_BYTES, batchCount: 40, batchBytes: 48 * 1024 * 1024 });
    for (const batch of batches) {
      const sources: Buffer[] = [];
      for await (const m of client.fetch(batch.map((b) => b.uid).join(','), { uid: true, source: true, envelope: true }, { uid: true })) {
        if (m.source) sources.push(m.source);
      }
      await pool(sources, concurrency, async (raw) => {
        const msg = await parseMessage(raw);
        const statement = await extractStatement(msg);
        extractFields({ statement: statement.text, body: msg.text, subject: msg.subject, fromName: msg.from?.name ?? null, fromAddress: msg.from?.address ?? '' });
        messages++;
      });
    }
  } finally {
    lock.release();
    await client.logout();
  }
  return { messages, ms: performance.now() - started };
}
