import { AREAS } from './statement/types.js';
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

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** "7d", "36h", "90m", "30s" (a bare number is days): program delays read the way people say them. */
export function parseDuration(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$/i.exec(value);
  if (!m) return null;
  return Math.round(Number(m[1]) * DURATION_UNITS[(m[2] ?? 'd').toLowerCase()]!);
}

const duration = z.string().transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === null || ms <= 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a duration such as 7d, 36h, 90m or 30s' });
    return z.NEVER;
  }
  return ms;
});

/** `Africa=chair@a.org, other@b.org; Europe=c@d.org`: who gets the weekly digest of each area. */
export function parseAreaChairs(value: string, areas: readonly string[]): { chairs: Record<string, string[]>; errors: string[] } {
  const chairs: Record<string, string[]> = {};
  const errors: string[] = [];
  for (const entry of value.split(';').map((e) => e.trim()).filter(Boolean)) {
    const eq = entry.indexOf('=');
    const name = eq > 0 ? entry.slice(0, eq).trim() : '';
    const area = areas.find((a) => a.toLowerCase() === name.toLowerCase());
    if (!area) {
      errors.push(`unknown area "${name || entry}"`);
      continue;
    }
    const addresses = entry.slice(eq + 1).split(/[,\s]+/).map((a) => a.trim().toLowerCase()).filter(Boolean);
    const bad = addresses.filter((a) => !z.string().email().safeParse(a).success);
    if (bad.length > 0 || addresses.length === 0) errors.push(`${area}: ${bad.length > 0 ? `not an address: ${bad.join(', ')}` : 'no address'}`);
    else chairs[area] = [...new Set([...(chairs[area] ?? []), ...addresses])];
  }
  return { chairs, errors };
}

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
  MENTOR_DEFAULT_CAPACITY: z.coerce.number().int().min(1).max(20).default(1),
  FIRST_CONTACT_ASK_AFTER: duration.default('7d'),
  FIRST_CONTACT_ALERT_AFTER: duration.default('14d'),
  FEEDBACK_REMINDER_AFTER: duration.default('7d'),
  PROGRAM_START: deadline,
  PROGRAM_END: deadline,
  LETTER_SIGNATURE: z.string().default(''),
  AREA_CHAIRS: z.string().default(''),
  AREA_DIGEST_DAY: z.coerce.number().int().min(0).max(6).default(1),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>> & {
  readonly deadline: Date | null;
  readonly programDomain: string;
  readonly programStart: Date | null;
  /** End of the program: the feedback round starts by itself then. */
  readonly programEnd: Date | null;
  readonly areaChairs: Readonly<Record<string, string[]>>;
  /** The committee's signature block on letters, one line each. */
  readonly signature: string[];
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
  if (c.FIRST_CONTACT_ALERT_AFTER <= c.FIRST_CONTACT_ASK_AFTER) throw new ConfigError('FIRST_CONTACT_ALERT_AFTER must be later than FIRST_CONTACT_ASK_AFTER');
  const chairs = parseAreaChairs(c.AREA_CHAIRS, AREAS);
  if (chairs.errors.length > 0) throw new ConfigError(`invalid configuration:\n  AREA_CHAIRS: ${chairs.errors.join('; ')}`);
  const signature = c.LETTER_SIGNATURE.split(/\||\\n|\n/).map((l) => l.trim()).filter(Boolean);
  return Object.freeze({
    ...c,
    deadline: c.APPLICATION_DEADLINE ? zonedToDate(c.APPLICATION_DEADLINE, c.PROGRAM_TIMEZONE) : null,
    programDomain: c.PROGRAM_ADDRESS.split('@')[1] ?? 'localhost',
    // The start counts from its first morning, not its last minute.
    programStart: c.PROGRAM_START ? zonedToDate(c.PROGRAM_START.replace('T23:59:59.999', 'T00:00:00.000'), c.PROGRAM_TIMEZONE) : null,
    programEnd: c.PROGRAM_END ? zonedToDate(c.PROGRAM_END, c.PROGRAM_TIMEZONE) : null,
    areaChairs: Object.freeze(chairs.chairs),
    signature: signature.length > 0 ? signature : [`The ${c.PROGRAM_NAME} Committee`],
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
