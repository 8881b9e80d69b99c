import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Config } from '../../src/config.js';

export function testImapClient(config: Config, user = config.IMAP_USER, extra: Partial<ImapFlowOptions> = {}): ImapFlow {
  return new ImapFlow({
    ...extra,
    host: config.IMAP_HOST,
    port: config.IMAP_PORT,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: 'test' },
    logger: false,
  });
}

/** APPENDs messages the way a delivering MTA would, from a separate connection. */
export async function appendMessages(config: Config, raws: Buffer[], folder = config.IMAP_FOLDER): Promise<void> {
  const client = testImapClient(config);
  await client.connect();
  try {
    for (const raw of raws) await client.append(folder, raw);
  } finally {
    await client.logout();
  }
}

/** Count of messages per folder (folders that do not exist count as 0). */
export async function folderCounts(config: Config, folders: string[]): Promise<Record<string, number>> {
  const client = testImapClient(config);
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const f of folders) {
      const status = await client.status(f, { messages: true }).catch(() => ({ messages: 0 }));
      out[f] = status ? (status.messages ?? 0) : 0;
    }
    return out;
  } finally {
    await client.logout();
  }
}
