// A realistic pool for the matching benchmark: statements of ~250 words drawn from the vocabulary of the
// program's own applications, varied by a seeded generator so every run scores the same pool.
import { AREAS, type Area } from '../src/statement/types.js';
import type { ProfileInput } from '../src/matching/index.js';
import { prng } from '../test/helpers/prng.js';

const TOPICS = [
  "children's services", 'digital preservation', 'twinning partnership', 'rare book cataloguing', 'open access publishing', 'information literacy',
  'makerspaces', 'public programming', 'archival description', 'metadata standards', 'copyright and licensing', 'research data management',
  'community outreach', 'library advocacy', 'disaster planning', 'staff exchanges', 'reading promotion', 'school libraries', 'mobile libraries',
  'oral history collections', 'interlibrary loan', 'e-resource licensing', 'library buildings', 'strategic planning', 'volunteer programmes',
  'services for refugees', 'multilingual collections', 'map collections', 'newspaper digitisation', 'conservation of manuscripts',
];
const PLACES: [string, string, string][] = [
  ['Kenya', 'National Library of Kenya', 'en'], ['Nigeria', 'University of Lagos Library', 'en'], ['Ghana', 'University of Ghana Library', 'en'],
  ['Chile', 'Biblioteca Nacional de Chile', 'es'], ['Mexico', 'Biblioteca Vasconcelos', 'es'], ['Peru', 'Biblioteca Nacional del Perú', 'es'],
  ['Brazil', 'Biblioteca Nacional do Brasil', 'pt'], ['China', 'Shanghai Library', 'zh'], ['Japan', 'Keio University Library', 'ja'],
  ['Philippines', 'University of the Philippines Library', 'en'], ['Australia', 'State Library of Victoria', 'en'], ['Norway', 'Oslo Public Library', 'no'],
  ['Germany', 'Göttingen State and University Library', 'de'], ['France', 'Bibliothèque nationale de France', 'fr'], ['Poland', 'National Library of Poland', 'pl'],
  ['Kazakhstan', 'National Library of Kazakhstan', 'ru'], ['Ukraine', 'Vernadsky National Library', 'uk'], ['Lebanon', 'American University of Beirut Libraries', 'ar'],
  ['India', 'Delhi Public Library', 'hi'], ['United States', 'University of Illinois Library', 'en'], ['Canada', 'Toronto Public Library', 'en'],
];
const LANGUAGE_NAMES: Record<string, string> = { es: 'Spanish', fr: 'French', pt: 'Portuguese', ru: 'Russian', ar: 'Arabic', de: 'German', zh: 'Chinese', ja: 'Japanese' };
const FIRST = ['Amina', 'Bruno', 'Chen', 'Dagny', 'Emeka', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Jamila', 'Kofi', 'Lucía', 'Mei', 'Nadia', 'Olu', 'Priya', 'Rania', 'Sipho', 'Tomás', 'Yuki'];
const LAST = ['Okafor', 'Silva', 'Wang', 'Larsen', 'Eze', 'Haddad', 'Pereira', 'Sato', 'Petrov', 'Mensah', 'Boateng', 'García', 'Lin', 'Rahman', 'Adeyemi', 'Iyer', 'Novak', 'Dube'];


export function generatePool(mentors: number, mentees: number, seed = 42): ProfileInput[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: ProfileInput[] = [];
  for (let i = 0; i < mentors + mentees; i++) {
    const role = i < mentors ? 'mentor' : 'mentee';
    const [country, institution, lang] = pick(PLACES);
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const areas = [...new Set([pick(AREAS), ...(rnd() < 0.5 ? [pick(AREAS)] : []), ...(rnd() < 0.2 ? [pick(AREAS)] : [])])] as Area[];
    const topics = [pick(TOPICS), pick(TOPICS), pick(TOPICS)];
    const years = role === 'mentor' ? 8 + Math.floor(rnd() * 25) : Math.floor(rnd() * 6);
    const spoken = LANGUAGE_NAMES[lang] ? ` I speak ${LANGUAGE_NAMES[lang]} and English.` : '';
    const capacity = role === 'mentor' && rnd() < 0.3 ? ' I can take two mentees.' : '';
    const intro = role === 'mentor'
      ? `I would like to serve as a mentor. I have worked in libraries for ${years} years and led projects in ${topics[0]} and ${topics[1]}, and I would be glad to guide a colleague who is starting out.${capacity}`
      : `I would like to apply as a mentee. I joined ${institution} ${years || 'less than a'} year${years === 1 ? '' : 's'} ago and hope to learn from an experienced colleague about ${topics[0]} and ${topics[1]}.`;
    const text = [
      'Dear Committee,',
      `My name is ${name} and I work at ${institution} in ${country}. ${intro}${spoken}`,
      `My areas of interest are ${areas.join(' and ')}. Our library serves a large community of students, researchers and families, and we run programmes in ${topics[2]}. ` +
        `I am particularly interested in how libraries in different regions share collections, train staff and support each other through long-term partnerships, and in ${topics[0]} in particular. ` +
        `In the coming years we plan to strengthen ${topics[1]} and to work with partner libraries abroad on ${topics[2]}, which is why international contacts matter so much to us.`,
      `Thank you for considering my expression of interest.`,
      `Sincerely,\n${name}\n${institution}`,
    ].join('\n\n');
    out.push({
      id: i + 1, ref: `A-${String(i + 1).padStart(4, '0')}`, name, email: `person${i + 1}@${institution.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      role, areas, institution, country, language: 'en', status: 'received', undeliverable: false, statementText: text, capacityOverride: null,
    });
  }
  return out;
}
