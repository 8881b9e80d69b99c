import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/db.js';
import { parseMessage } from '../../src/message/parse.js';
import { RAW_SLICE_BYTES, storeOnce } from '../../src/intake/store.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { composeMail } from '../helpers/mail.js';

let ctx: TestContext;
let db: Db;
beforeAll(async () => {
  ctx = await createTestContext();
  db = createDb(ctx.config.DATABASE_URL, 2);
});
afterAll(async () => {
  await db?.destroy();
  await ctx?.cleanup();
});

describe('storing raw messages once', () => {
  it('keeps a large message byte for byte, stored in slices, and finds it again', async () => {
    const raw = await composeMail({ from: 'a@x.org', to: 'b@y.org', subject: 'big', text: 'hi', attachments: [{ filename: 'x.bin', content: randomBytes(3 * RAW_SLICE_BYTES) }] });
    expect(raw.length).toBeGreaterThan(3 * RAW_SLICE_BYTES);
    const msg = await parseMessage(raw);
    const origin = { origin: 'import' as const, mailbox: null, uid: null, uidValidity: null, receivedAt: new Date() };
    const first = await storeOnce(db, msg, raw, origin);
    expect(first.duplicate).toBe(false);
    const row = await db.selectFrom('message').select(['raw', 'raw_sha256']).where('id', '=', first.rowId).executeTakeFirstOrThrow();
    expect(Buffer.compare(row.raw, raw)).toBe(0);
    const again = await storeOnce(db, msg, raw, origin);
    expect(again).toMatchObject({ rowId: first.rowId, duplicate: true, processed: false });
  });
});
