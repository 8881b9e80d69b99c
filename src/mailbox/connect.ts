import { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';

/** One place that turns configuration into an IMAP client (password or OAuth2 / XOAUTH2). */
export function createImapClient(config: Config): ImapFlow {
  return new ImapFlow({
    host: config.IMAP_HOST,
    port: config.IMAP_PORT,
    secure: config.IMAP_SECURE,
    auth: config.IMAP_ACCESS_TOKEN
      ? { user: config.IMAP_USER, accessToken: config.IMAP_ACCESS_TOKEN }
      : { user: config.IMAP_USER, pass: config.IMAP_PASSWORD ?? '' },
    tls: { rejectUnauthorized: config.IMAP_TLS_REJECT_UNAUTHORIZED },
    logger: false,
    // imapflow waits 15 s before it starts IDLE; new-mail pushes would come that late.
    autoIdleDelay: 100,
    maxIdleTime: 5 * 60 * 1000,
    clientInfo: { name: 'mentorbox' },
  });
}

export function mailboxName(config: Config): string {
  return `${config.IMAP_USER}@${config.IMAP_HOST}:${config.IMAP_PORT}/${config.IMAP_FOLDER}`;
}

/** Creates the folders we move messages into when they are missing. */
export async function ensureFolders(client: ImapFlow, folders: string[]): Promise<void> {
  const existing = new Set((await client.list()).map((m) => m.path));
  for (const folder of folders) {
    if (!existing.has(folder)) await client.mailboxCreate(folder).catch((err: { serverResponseCode?: string }) => {
      // Another instance created it between LIST and CREATE.
      if (err.serverResponseCode !== 'ALREADYEXISTS') throw err;
    });
  }
}
