import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Mustache from 'mustache';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

/** templates/ at the package root, found from this file whether it runs from src/ or dist/src/. */
export const TEMPLATE_DIR = findUp(fileURLToPath(new URL('.', import.meta.url)), 'templates');

function findUp(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name, 'ack'))) return join(dir, name);
    if (dirname(dir) === dir) throw new Error(`no ${name}/ folder above ${from}`);
  }
}

interface TemplateSet {
  subject: string;
  text: string;
  html: string;
}

/** Loads every template once; a missing template fails at start, not when the first mail is due. */
export function loadTemplates(dir = TEMPLATE_DIR): (name: string, view: object) => Rendered {
  const partials = { text: {} as Record<string, string>, html: {} as Record<string, string> };
  const partialDir = join(dir, '_partials');
  for (const file of existsSync(partialDir) ? readdirSync(partialDir) : []) {
    const [base, ext] = file.split('.');
    if (!base) continue;
    const content = readFileSync(join(partialDir, file), 'utf8');
    if (ext === 'txt') partials.text[base] = content;
    if (ext === 'html') partials.html[base] = content;
  }
  const sets = new Map<string, TemplateSet>();
  for (const name of readdirSync(dir)) {
    if (name.startsWith('_') || !existsSync(join(dir, name, 'text.txt'))) continue;
    const read = (file: string): string => readFileSync(join(dir, name, file), 'utf8');
    sets.set(name, { subject: read('subject.txt').trim(), text: read('text.txt'), html: read('html.html') });
  }
  return (name, view) => {
    const set = sets.get(name);
    if (!set) throw new Error(`no template "${name}" in ${dir}`);
    // Text parts must not be HTML-escaped: render them with escaping turned off.
    const plain = { escape: (v: unknown) => String(v) };
    return {
      subject: Mustache.render(set.subject, view, {}, plain).replace(/\s+/g, ' ').trim(),
      text: Mustache.render(set.text, view, partials.text, plain).replace(/\n{3,}/g, '\n\n'),
      html: Mustache.render(set.html, view, partials.html),
    };
  };
}
