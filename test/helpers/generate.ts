import { composeMail } from './mail.js';

const FIRST = ['Amina', 'Bruno', 'Chen', 'Dagny', 'Emeka', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Jamila', 'Kofi', 'Lucía', 'Mei', 'Nadia', 'Olu', 'Priya'];
const LAST = ['Okafor', 'Silva', 'Wang', 'Larsen', 'Eze', 'Haddad', 'Pereira', 'Sato', 'Petrov', 'Mensah', 'Boateng', 'García', 'Lin', 'Rahman', 'Adeyemi', 'Iyer'];
const PLACES: [string, string][] = [
  ['National Library of Kenya', 'Kenya'],
  ['Biblioteca Nacional de Chile', 'Chile'],
  ['Shanghai Library', 'China'],
  ['Oslo Public Library', 'Norway'],
  ['University of Lagos Library', 'Nigeria'],
  ['American University of Beirut Libraries', 'Lebanon'],
  ['National Library of Kazakhstan', 'Kazakhstan'],
  ['State Library of Victoria', 'Australia'],
];
const AREA_SETS = [
  ['Africa', 'Sister Libraries'],
  ['Americas'],
  ['East Asia and the Pacific'],
  ['Europe', 'International Exchanges'],
  ['Near East and South Asia'],
  ['Eurasia and Central Asia'],
];

export interface GeneratedApplication {
  index: number;
  email: string;
  name: string;
  role: 'mentor' | 'mentee';
  areas: string[];
  text: string;
}

/** A realistic statement in the body, varied by index, deterministic. */
export function application(index: number, tag: string): GeneratedApplication {
  const name = `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}`;
  const [institution, country] = PLACES[index % PLACES.length]!;
  const role = index % 3 === 0 ? 'mentor' : 'mentee';
  const areas = AREA_SETS[index % AREA_SETS.length]!;
  const intro =
    role === 'mentor'
      ? `I would like to serve as a mentor. I have worked at ${institution} for eighteen years and led several international partnerships, and I would be glad to guide a colleague who is starting out.`
      : `I would like to apply as a mentee. I joined ${institution} three years ago and hope to learn from an experienced colleague how international cooperation between libraries works in practice.`;
  const text = [
    'Dear Committee,',
    '',
    `My name is ${name} and I work at ${institution} in ${country}. ${intro}`,
    '',
    `My areas of interest are ${areas.join(' and ')}. Our library serves a large community of students and researchers, and we run reading programmes for children and adults. I am particularly interested in how libraries in different regions share collections, train staff and support each other through long-term partnerships.`,
    '',
    'Thank you for considering my expression of interest.',
    '',
    'Sincerely,',
    name,
    institution,
  ].join('\n');
  return { index, email: `applicant${index}.${tag}@example.org`, name, role, areas, text };
}

export async function applicationMail(app: GeneratedApplication, extra: { attachments?: { filename: string; content: Buffer }[]; body?: string } = {}): Promise<Buffer> {
  return composeMail({
    from: { name: app.name, address: app.email },
    to: 'mentoring@program.test',
    subject: `Expression of interest (${app.role})`,
    text: extra.body ?? app.text,
    messageId: `<gen-${app.index}-${app.email}>`,
    attachments: extra.attachments,
  });
}
