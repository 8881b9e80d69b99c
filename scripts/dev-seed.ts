// Drops sample applications into the dev mailbox so `npm run dev` has something to answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

const dir = new URL('../test/fixtures/intake/', import.meta.url).pathname;
const client = new ImapFlow({
  host: process.env.IMAP_HOST ?? '127.0.0.1',
  port: Number(process.env.IMAP_PORT ?? 31143),
  secure: false,
  doSTARTTLS: false,
  auth: { user: process.env.IMAP_USER ?? 'program@dev.local', pass: process.env.IMAP_PASSWORD ?? 'test' },
  logger: false,
});
await client.connect();
const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
for (const file of files) {
  const raw = readFileSync(join(dir, file)).toString('utf8').replace(/mentoring@program\.test/g, process.env.PROGRAM_ADDRESS ?? 'program@dev.local');
  await client.append(process.env.IMAP_FOLDER ?? 'INBOX', Buffer.from(raw));
}
await client.logout();
process.stdout.write(`dropped ${files.length} sample messages into the dev mailbox\n`);
