/**
 * The statement's language as ISO 639-1. franc-min answers in ISO 639-3; a statement pasted under a
 * cover note in another language ("Здравствуйте…" above an English statement) is judged by
 * chunks of paragraphs, each weighted by its letters, so the longer part decides.
 */
import { franc } from 'franc-min';

/** franc-min's languages that have an ISO 639-1 code. */
const ISO1: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', por: 'pt', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', ron: 'ro',
  hun: 'hu', ces: 'cs', swe: 'sv', tur: 'tr', ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', jav: 'jv',
  sun: 'su', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', kin: 'rw', run: 'rn',
  nya: 'ny', plt: 'mg', lin: 'ln', fuv: 'ff', qug: 'qu', zyb: 'za', bos: 'bs', hrv: 'hr', srp: 'sr',
  ckb: 'ku', uzn: 'uz', azj: 'az', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar',
  urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', ben: 'bn', jpn: 'ja',
  kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am',
  tha: 'th', sin: 'si', ell: 'el',
};

/** Fewer letters than this and franc guesses; the field is then left empty. */
const MIN_LETTERS = 40;
const MIN_PARAGRAPH_LETTERS = 20;
/**
 * franc's cost grows with the text (≈1.5 ms per 1,000 characters): a few chunks of about this size,
 * spread over the statement, tell the language as well as the whole would.
 */
const CHUNK_CHARS = 400;
const MAX_CHUNKS = 4;

export function detectLanguage(text: string): string | null {
  const votes = new Map<string, number>();
  for (const chunk of spread(chunks(paragraphs(text)), MAX_CHUNKS)) {
    const letters = letterCount(chunk);
    if (letters < MIN_PARAGRAPH_LETTERS) continue;
    const code = ISO1[franc(chunk, { minLength: MIN_PARAGRAPH_LETTERS })];
    if (code) votes.set(code, (votes.get(code) ?? 0) + letters);
  }
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  if (total < MIN_LETTERS) return null;
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Blank-line paragraphs; addresses, e-mail and web addresses removed (they read as any language). */
function paragraphs(text: string): string[] {
  return text
    .replace(/[^\s@]+@[^\s@]+|https?:\/\/\S+|www\.\S+/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Consecutive paragraphs joined up to CHUNK_CHARS; a long paragraph is its own chunk, cut to size. */
function chunks(paras: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const para of paras) {
    if (current && current.length + para.length > CHUNK_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${para}` : para;
  }
  if (current) out.push(current);
  return out.map((c) => c.slice(0, CHUNK_CHARS));
}

/** At most `k` items, evenly spaced from first to last. */
function spread<T>(items: T[], k: number): T[] {
  if (items.length <= k) return items;
  return Array.from({ length: k }, (_, i) => items[Math.round((i * (items.length - 1)) / (k - 1))] as T);
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
