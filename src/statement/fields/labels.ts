/**
 * Labelled lines of a form-like statement: "Name: …", "Institution  …", a DOCX table row read as
 * "Role\nMentee", or a run-on line where the extractor lost the breaks ("(Ms.)Position: …").
 */
import { nonEmptyLines } from './text.js';

export type LabelKind = 'name' | 'institution' | 'position' | 'role' | 'areas' | 'country' | 'other';

const LABELS: ReadonlyArray<[LabelKind, string]> = [
  ['name', String.raw`(?:full |applicant'?s? )?name|nombre(?: completo)?|nom(?: complet)?|pr[ée]nom et nom|nome(?: completo)?`],
  ['institution', String.raw`institution|instituci[oó]n|institui[cç][aã]o|organi[sz]ation|organismo|organisme|affiliation|afiliaci[oó]n|employer|employeur|[ée]tablissement|entidad|library|biblioteca|biblioth[eè]que|workplace|lugar de trabajo|lieu de travail`],
  ['position', String.raw`position|designation|(?:job )?title|cargo|puesto|poste|fonction|fun[cç][aã]o|occupation`],
  ['role', String.raw`(?:preferred )?role|r[ôo]le|rol|papel|applying as|participation as|participaci[oó]n como`],
  ['areas', String.raw`(?:preferred |requested )?(?:areas?|area\(s\)|regions?|zones?)(?: of interest)?|[áa]reas?(?: de inter[ée]s)?|[áa]reas? preferidas?|domaines?(?: d'int[ée]r[eê]t)?|zones? d'int[ée]r[eê]t`],
  ['country', String.raw`country|pa[íi]s|pays`],
  ['other', String.raw`e-?mail|correo(?: electr[oó]nico)?|courriel|(?:tele)?phone|tel[ée]fono|t[ée]l[ée]phone|tel|mobile|m[oó]vil|fax|address|direcci[oó]n|adresse|date|fecha|languages?|idiomas?|langues?|motivation|website|web`],
];

const LABEL_ALT = LABELS.map(([, re]) => re).join('|');
/** "Label: value" / "Label : value" / "Label    value" (a table's cell gap) / "| Label | value |". */
const COLON_FORM = new RegExp(String.raw`^\|?\s*(${LABEL_ALT})\s*(?:[:：|]\s*|\s{2,}|\s*[–—-]\s+)(.*?)\s*\|?$`, 'i');
/** "Label" alone on its line (a DOCX table cell), the value on the next line. */
const ALONE_FORM = new RegExp(String.raw`^(${LABEL_ALT})\s*[:：]?$`, 'i');
/** "Name Hanako YAMADA": PDF tables lose the cell gap. Only capitalised labels in the document head, before a capitalised value. */
const SPACE_FORM = /^(Name|Position|Institution|Organi[sz]ation|Affiliation|Areas?|Role|Country|E-?mail)\s+(\p{Lu}.{0,150}?)(?<![.!?])$/u;
const HEAD_LINES = 20;

/** Words that start a new label inside a run-on line; case-sensitive so prose rarely matches. */
const RUN_ON = /(?<=\S)(?=(?:Name|Position|Institution|Organi[sz]ation|E-?mail|Phone|Telephone|Tel|Role|Areas?|Country|Address)\s?:)/g;

export type Labels = Partial<Record<LabelKind, string>>;

/** Five readers ask for the labels of the same statement; the last answer is kept. */
let cached: { text: string; labels: Labels } | null = null;

/** Reads the first value of each labelled field. */
export function readLabels(text: string): Labels {
  if (cached?.text === text) return { ...cached.labels };
  const labels = scanLabels(text);
  cached = { text, labels };
  return { ...labels };
}

function scanLabels(text: string): Labels {
  const lines = nonEmptyLines(text.replace(RUN_ON, '\n'));
  const found: Labels = {};
  lines.forEach((line, i) => {
    const hit = matchLabel(line, lines[i + 1], i < HEAD_LINES);
    if (hit && hit.value && found[hit.kind] === undefined) found[hit.kind] = hit.value;
  });
  return found;
}

interface LabelHit {
  kind: LabelKind;
  value: string;
}

function matchLabel(line: string, next: string | undefined, inHead: boolean): LabelHit | null {
  if (line.length > 200) return null;
  const alone = ALONE_FORM.exec(line);
  if (alone) {
    const value = next && !isLabelLine(next) ? next : '';
    return { kind: kindOf(alone[1] ?? ''), value: value.trim() };
  }
  const colon = COLON_FORM.exec(line);
  if (colon) return { kind: kindOf(colon[1] ?? ''), value: (colon[2] ?? '').trim() };
  const spaced = inHead ? SPACE_FORM.exec(line) : null;
  if (spaced) return { kind: kindOf(spaced[1] ?? ''), value: (spaced[2] ?? '').trim() };
  return null;
}

export function isLabelLine(line: string): boolean {
  return ALONE_FORM.test(line) || COLON_FORM.test(line);
}

const KIND_RES = LABELS.map(([kind, re]) => [kind, new RegExp(`^(?:${re})$`, 'i')] as const);

function kindOf(label: string): LabelKind {
  return KIND_RES.find(([, re]) => re.test(label.trim()))?.[0] ?? 'other';
}
