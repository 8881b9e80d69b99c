import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Corpus folders are read where they lie (never copied into the repo); relative paths are from the repo root. */
export function corpusDir(envName: string, fallback: string): string {
  const value = process.env[envName] ?? fallback;
  const dir = isAbsolute(value) ? value : resolve(REPO, value);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${envName}: no manifest.json in ${dir}`);
  return dir;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Names compare without case, accents' encoding form, dots and extra spaces. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  return norm(a) !== '' && norm(a) === norm(b);
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
}

export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}
