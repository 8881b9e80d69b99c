/** Enough HTML-to-text for a reply: lines as a browser would break them, tags gone, entities decoded. */

const MAX_HTML_CHARS = 500_000;
/** trimText reads no more than this either. */
const MAX_TEXT_CHARS = 100_000;
const TOKEN = /<!--[\s\S]*?-->|<[^<>]*>|[^<]+|</g;
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/;
const SKIPPED = new Set(['head', 'style', 'script', 'title']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre']);
const BLOCK = new Set(['div', 'li', 'tr', 'blockquote', 'hr', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'center', 'address']);
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', euro: '€', copy: '©', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ntilde: 'ñ', agrave: 'à', egrave: 'è', ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', ecirc: 'ê',
};

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let size = 0;
  let current = '';
  let skipping: string | null = null;
  // A block boundary ends a line only if it has text; <br> always does, so "<div><br></div>" is one empty line.
  // Entities and spaces are handled once per line: per-token regex calls made tag soup slow.
  const flush = (force: boolean): void => {
    const line = decodeEntities(current.slice(0, MAX_TEXT_CHARS).replace(/\s+/g, ' ').trim());
    if (force || line !== '') lines.push(line);
    size += line.length + 1;
    current = '';
  };
  for (const [token] of html.slice(0, MAX_HTML_CHARS).matchAll(TOKEN)) {
    if (size + current.length > MAX_TEXT_CHARS) break;
    const name = token.length > 1 && token.startsWith('<') ? TAG_NAME.exec(token)?.[1]?.toLowerCase() : undefined;
    if (skipping !== null) {
      if (name === skipping && token.startsWith('</')) skipping = null;
    } else if (name === undefined) {
      if (!token.startsWith('<!--')) current += token;
    } else if (SKIPPED.has(name) && !token.startsWith('</') && !token.endsWith('/>')) skipping = name;
    else if (name === 'br') flush(true);
    else if (PARAGRAPH.has(name)) {
      flush(false);
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    } else if (BLOCK.has(name)) flush(false);
  }
  flush(false);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : whole;
  });
}
