/**
 * The languages a person can work in: the statement's own language, plus languages the text says
 * they speak ("I speak Spanish and French", "fluent in", "langue maternelle", "hablo"). A language
 * word alone is not enough: "French libraries" or "Spanish-language collections" say nothing about
 * the writer, so only clauses with a speaking phrase count.
 */
import { clauses, fold } from './text.js';

/** ISO 639-1 code, then its names in English, Spanish and French (folded; the first is for messages). */
const TABLE = `
en:english,ingles,anglais|es:spanish,castilian,espanol,castellano,espagnol|fr:french,frances,francais
pt:portuguese,portugues,portugais|de:german,aleman,allemand|it:italian,italiano,italien|ru:russian,ruso,russe
ar:arabic,arabe|zh:chinese,mandarin,cantonese,chino,chinois|ja:japanese,japones,japonais|ko:korean,coreano,coreen
sw:swahili,kiswahili,suajili,souahili|hi:hindi|uk:ukrainian,ucraniano,ukrainien|pl:polish,polaco,polonais
nl:dutch,neerlandes,holandes,neerlandais|tr:turkish,turco,turc|fa:persian,farsi,persa,persan|ur:urdu,ourdou
bn:bengali,bangla|id:indonesian,bahasa indonesia,indonesio,indonesien|ms:malay,bahasa melayu,malayo,malais
vi:vietnamese,vietnamita,vietnamien|th:thai,tailandes,thailandais|el:greek,griego,grec|ro:romanian,rumano,roumain
hu:hungarian,hungaro,hongrois|cs:czech,checo,tcheque|sv:swedish,sueco,suedois|he:hebrew,hebreo,hebreu
am:amharic,amharico,amharique|ha:hausa,haoussa|yo:yoruba|ig:igbo|zu:zulu,zoulou|tl:tagalog,filipino
ca:catalan,catala|qu:quechua|kk:kazakh,kazajo|uz:uzbek,uzbeko,ouzbek|hy:armenian,armenio,armenien
ka:georgian,georgiano,georgien|sr:serbian,serbio,serbe|hr:croatian,croata,croate|bg:bulgarian,bulgaro,bulgare
mn:mongolian,mongol|ne:nepali|ta:tamil,tamoul|si:sinhala,sinhalese,cingales|ku:kurdish,kurdo,kurde
ps:pashto|mg:malagasy,malgache|wo:wolof|ln:lingala|rw:kinyarwanda|so:somali|be:belarusian,bielorruso,bielorusse
az:azerbaijani,azeri|ky:kyrgyz|tg:tajik|da:danish,danes,danois|no:norwegian,noruego,norvegien|fi:finnish,finlandes,finnois
sk:slovak,eslovaco,slovaque|sl:slovenian,esloveno,slovene|lt:lithuanian,lituano,lituanien|lv:latvian,leton,letton
et:estonian,estonio,estonien|sq:albanian,albanes,albanais|mk:macedonian,macedonio,macedonien|bs:bosnian,bosnio,bosniaque
ht:haitian creole,creole haitiano,creole haitien|km:khmer,jemer|lo:lao|my:burmese,birmano,birman|pa:punjabi
gu:gujarati|mr:marathi|te:telugu|kn:kannada|ml:malayalam|ga:irish,gaelic|cy:welsh|eu:basque,euskera|gl:galician,gallego`;

const CODE_OF = new Map<string, string>();
const NAME_OF = new Map<string, string>();
for (const entry of TABLE.split(/[|\n]/).filter(Boolean)) {
  const [code = '', names = ''] = entry.split(':');
  const list = names.split(',');
  NAME_OF.set(code, capitalise(list[0] ?? code));
  for (const n of list) CODE_OF.set(n, code);
}

const NAMES_RE = new RegExp(
  String.raw`\b(?:${[...CODE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}]|-(?:speaking|language|lengua))`,
  'gu',
);

/** Phrases that make a clause about the writer's own languages (folded). */
const SPEAKING = new RegExp(
  [
    String.raw`\b(?:speak|speaks|spoken|fluent|fluently|fluency|native speaker|native language|mother tongue|first language|second language|working languages?|languages? spoken|language skills|languages?\s*:|proficien\p{L}*|command of|knowledge of|read and write|bilingual|trilingual|multilingual|conversational)`,
    String.raw`\b(?:hablo|habla|hablamos|domino|dominio del?|idiomas?\s*:|idiomas que|lenguas?\s*:|lengua materna|idioma materno|nativ[oa] de|bilingue|trilingue|fluido|con fluidez|manejo del?)`,
    String.raw`\b(?:je parle|parle(?:s|z|r|nt)?(?![\p{L}])|couramment|langues?\s*:|langue maternelle|langues de travail|maitrise|maitrise du|bilingue|trilingue|courant)`,
  ].join('|'),
  'u',
);

/** The statement's language first, then every language the text says the writer speaks. */
export function readLanguages(statementLanguage: string | null, text: string): string[] {
  const out = statementLanguage ? [statementLanguage] : [];
  const folded = fold(text);
  if (!SPEAKING.test(folded)) return out;
  for (const clause of clauses(folded)) {
    if (!SPEAKING.test(clause)) continue;
    for (const m of clause.matchAll(NAMES_RE)) {
      const code = CODE_OF.get(m[0]);
      if (code && !out.includes(code)) out.push(code);
    }
  }
  return out;
}

/** Whether a folded word names a language ("spanish", "espanol"). */
export function isLanguageName(word: string): boolean {
  return CODE_OF.has(word);
}

/** 'es' → 'Spanish'; an unknown code is shown as it is. */
export function languageName(code: string): string {
  return NAME_OF.get(code) ?? code;
}

function capitalise(s: string): string {
  return s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}
