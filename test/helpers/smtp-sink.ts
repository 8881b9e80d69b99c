import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface Captured {
  raw: Buffer;
  /** Parsed unless the sink was made with `parse: false` (benchmarks keep the CPU for the bot). */
  parsed: ParsedMail;
  envelopeTo: string[];
  at: number;
}

/** A real SMTP server (auth on, like a provider) that keeps every accepted message. */
export class SmtpSink {
  readonly messages: Captured[] = [];
  /** Server errors other than a client going away; tests may assert it stays empty. */
  readonly errors: Error[] = [];
  private server: SMTPServer;
  private waiters: (() => void)[] = [];
  port = 0;
  /** Set to a number to refuse the next N messages with a 4xx, to test retries. */
  rejectNext = 0;

  constructor(readonly user = 'bot', readonly password = 'secret', readonly options: { parse?: boolean } = {}) {
    this.server = new SMTPServer({
      authOptional: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, cb) =>
        auth.username === this.user && auth.password === this.password ? cb(null, { user: auth.username }) : cb(new Error('Invalid username or password')),
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.rejectNext > 0) {
            this.rejectNext -= 1;
            const err = Object.assign(new Error('try again later'), { responseCode: 451 });
            cb(err);
            return;
          }
          const raw = Buffer.concat(chunks);
          const parse = this.options.parse === false ? Promise.resolve({} as ParsedMail) : simpleParser(raw);
          parse.then((parsed) => {
            this.messages.push({ raw, parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), at: Date.now() });
            for (const w of this.waiters.splice(0)) w();
            cb();
          }, cb);
        });
      },
    });
  }

  async start(): Promise<number> {
    // A client killed mid-session (the crash test's SIGKILL) resets its socket: that is not a test failure.
    this.server.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') this.errors.push(err);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): Captured[] {
    return this.messages.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  }

  /** Waits until `predicate` holds for the captured list, or fails after timeoutMs. */
  async waitFor(predicate: (messages: Captured[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const left = until - Date.now();
      if (left <= 0) throw new Error(`SMTP sink: condition not met within ${timeoutMs} ms (${this.messages.length} captured)`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
