// Dev aid: fills a mailbox with a backlog and prints the env to run the bot against it, e.g. under --cpu-prof.
import { writeFileSync } from 'node:fs';
import { createTestContext } from '../test/helpers/context.js';
import { appendMessages } from '../test/helpers/imap.js';
import { backlog } from './corpus.js';

const ctx = await createTestContext({ LOG_LEVEL: 'info' }, { parseMail: false });
await appendMessages(ctx.config, await backlog(Number(process.env.BENCH_MESSAGES ?? 300), ctx.id));
writeFileSync(process.env.PROFILE_ENV_FILE ?? '.run/profile.env', Object.entries(ctx.env).map(([k, v]) => `${k}=${v}`).join('\n'));
console.log(`mailbox filled; SMTP sink on port ${ctx.sink.port}; waiting (Ctrl-C to stop)`);
await new Promise((r) => setTimeout(r, Number(process.env.PROFILE_WAIT_MS ?? 120_000)));
await ctx.cleanup();
process.exit(0);
