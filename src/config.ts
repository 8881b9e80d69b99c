import { z } from 'zod';

const bool = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes'].includes(v));
const port = z.coerce.number().int().min(1).max(65535);
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));
const email = z.string().trim().toLowerCase().email();
const list = (item: z.ZodTypeAny) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(/[,\s]+/).filter(Boolean))
    .pipe(z.array(item));

/** A date (end of that day in PROGRAM_TIMEZONE) or a full ISO timestamp. */
const deadline = optional.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const value = /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? `${v.trim()}T23:59:59.999` : v.trim();
  if (Number.isNaN(Date.parse(value.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`))) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date (YYYY-MM-DD) or an ISO timestamp' });
    return z.NEVER;
  }
  return value;
});

const schema = z.object({
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/mentorbox'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only').default('mentorbox'),
  IMAP_HOST: z.string().min(1).default('127.0.0.1'),
  IMAP_PORT: port.default(993),
  IMAP_SECURE: bool.default('true'),
  IMAP_USER: z.string().default(''),
  IMAP_PASSWORD: optional,
  IMAP_ACCESS_TOKEN: optional,
  IMAP_FOLDER: z.string().min(1).default('INBOX'),
  IMAP_TLS_REJECT_UNAUTHORIZED: bool.default('true'),
  FOLDER_PROCESSED: z.string().min(1).default('Processed'),
  FOLDER_IGNORED: z.string().min(1).default('Ignored'),
  FOLDER_REVIEW: z.string().min(1).default('Needs review'),
  FOLDER_THREADS: z.string().min(1).default('Threads'),
  FOLDER_FEEDBACK: z.string().min(1).default('Feedback'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(587),
  SMTP_SECURE: bool.default('false'),
  SMTP_USER: optional,
  SMTP_PASSWORD: optional,
  SMTP_ACCESS_TOKEN: optional,
  SMTP_TLS_REJECT_UNAUTHORIZED: bool.default('true'),
  PROGRAM_ADDRESS: email,
  PROGRAM_NAME: z.string().min(1).default('International Mentoring Program'),
  PROGRAM_ALIASES: list(email),
  COORDINATORS: list(email),
  TRUSTED_AUTHSERV_IDS: list(z.string().min(1)),
  UNDO_WINDOW_MINUTES: z.coerce.number().int().positive().default(60),
  CONFIRM_TOKEN_MINUTES: z.coerce.number().int().positive().default(60),
  COORDINATOR_NOTICES: z.enum(['immediate', 'digest', 'off']).default('immediate'),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  PROGRAM_TIMEZONE: z.string().default('UTC'),
  APPLICATION_DEADLINE: deadline,
  THREAD_KEY_DELIMITER: z.string().regex(/^[+\-_=.]$/, 'one of + - _ = .').default('+'),
  MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  SEND_CAP_PER_RECIPIENT_PER_DAY: z.coerce.number().int().positive().default(10),
  SEND_BREAKER_PER_HOUR: z.coerce.number().int().positive().default(3000),
  BOUNCE_SOFT_LIMIT: z.coerce.number().int().positive().default(3),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  OCR_ENABLED: bool.default('true'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  SEND_THREAD: bool.default('false'),
  INTAKE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>> & {
  readonly deadline: Date | null;
  readonly programDomain: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration once; a bad or missing variable fails with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.IMAP_PASSWORD && c.IMAP_ACCESS_TOKEN) throw new ConfigError('set IMAP_PASSWORD or IMAP_ACCESS_TOKEN, not both');
  return Object.freeze({
    ...c,
    deadline: c.APPLICATION_DEADLINE ? zonedToDate(c.APPLICATION_DEADLINE, c.PROGRAM_TIMEZONE) : null,
    programDomain: c.PROGRAM_ADDRESS.split('@')[1] ?? 'localhost',
  });
}

/** A wall-clock time without offset is read in the program's time zone (the deadline is local to the organisers). */
export function zonedToDate(value: string, timeZone: string): Date {
  if (value.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(value)) return new Date(value);
  const asUtc = new Date(`${value}Z`);
  const offsetMs = tzOffsetMs(asUtc, timeZone);
  return new Date(asUtc.getTime() - offsetMs);
}

function tzOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
