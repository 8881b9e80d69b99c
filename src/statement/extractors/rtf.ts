import { decodeAs } from '../decode.js';
import { fromText, type Extractor } from './types.js';

/** Rich Text Format: a single linear pass, no library (the ones on npm are DOM- or browser-bound). */
export const extractRtf: Extractor = async (bytes, ctx) => fromText(rtfToText(bytes.toString('latin1')), ctx, 'RTF');

/** Groups whose text is not document text (font tables, pictures, field codes, metadata). */
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'fldinst',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'generator', 'filetbl',
]);
const WORDS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n\n', page: '\n\n', row: '\n', tab: '\t', cell: '\t',
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019',
  ldblquote: '\u201C', rdblquote: '\u201D', emspace: ' ', enspace: ' ',
};
const SYMBOLS: Record<string, string> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00A0', _: '\u2011', '\n': '\n', '\r': '\n' };

interface Group {
  skip: boolean;
  /** \ucN: how many fallback characters follow each \uN. */
  uc: number;
}

export function rtfToText(rtf: string): string {
  const out: string[] = [];
  const stack: Group[] = [];
  let group: Group = { skip: false, uc: 1 };
  let bytes: number[] = [];
  let charset = 'windows-1252';
  /** After \uN the next uc characters are an ANSI fallback for old readers: dropped. */
  let pendingSkip = 0;
  const flush = (): void => {
    if (bytes.length > 0 && !group.skip) out.push(decodeAs(Uint8Array.from(bytes), charset));
    bytes = [];
  };
  const emit = (text: string): void => {
    flush();
    if (pendingSkip > 0) pendingSkip -= 1;
    else if (!group.skip) out.push(text);
  };
  const word = /\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z'])|([{}])|([^\\{}\r\n]+)|[\r\n]+/giy;
  for (let m = word.exec(rtf); m !== null && m[0].length > 0; m = word.exec(rtf)) {
    const [, name, param, hex, symbol, brace, text] = m;
    if (brace === '{') {
      flush();
      stack.push(group);
      group = { ...group };
    } else if (brace === '}') {
      flush();
      group = stack.pop() ?? group;
      pendingSkip = 0;
    } else if (hex !== undefined) {
      if (pendingSkip > 0) pendingSkip -= 1;
      else bytes.push(Number.parseInt(hex, 16));
    } else if (symbol !== undefined) {
      if (symbol === '*') group.skip = true;
      else emit(SYMBOLS[symbol] ?? '');
    } else if (name !== undefined) {
      const lower = name.toLowerCase();
      if (SKIP.has(lower)) group.skip = true;
      else if (lower === 'ansicpg' && param) charset = codepageCharset(Number(param));
      else if (lower === 'uc' && param) group.uc = Math.max(0, Number(param));
      else if (lower === 'u' && param) {
        emit(String.fromCharCode(Number(param) < 0 ? Number(param) + 65536 : Number(param)));
        pendingSkip = group.uc;
      } else if (WORDS[lower] !== undefined) emit(WORDS[lower]);
    } else if (text !== undefined) {
      flush();
      if (!group.skip) out.push(text.slice(pendingSkip));
      pendingSkip = Math.max(0, pendingSkip - text.length);
    }
  }
  flush();
  return out.join('');
}

function codepageCharset(codepage: number): string {
  const names: Record<number, string> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh' };
  const charset = names[codepage] ?? `windows-${codepage}`;
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'windows-1252';
  }
}
