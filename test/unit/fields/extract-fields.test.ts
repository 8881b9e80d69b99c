import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/statement/fields/index.js';
import type { FieldInput } from '../../../src/statement/types.js';

const input = (statement: string, over: Partial<FieldInput> = {}): FieldInput => ({
  statement, body: 'Please find my statement attached.', subject: 'Expression of interest', fromName: null, fromAddress: 'applicant@gmail.com', ...over,
});

const GHANA_LETTER = `Abena Owusu
Balme Library, University of Ghana
P.O. Box LG 24, Legon, Accra, Ghana
abena.owusu@ug.edu.gh

14 November 2014

The Chair
ALA International Mentoring Pilot Program
American Library Association
50 E. Huron Street, Chicago, IL 60611, USA

Dear Sir/Madam,

I am writing to express my interest in the ALA International Mentoring Pilot Program as a mentee. I have been an assistant librarian at the Balme Library since 2011, where I work in collection development.

My library has long wished to establish a sister library relationship with a library in North America, but we do not know where to begin. I would like a mentor who has worked with the IRRT Sister Libraries Committee and who can advise me on drafting an agreement. I am available in the afternoons, West Africa Time.

Yours faithfully,
Abena Owusu (Ms.)`;

const CORDOBA = `Estimados miembros del Comité:

Con más de veinticinco años de experiencia en bibliotecas universitarias, me gustaría participar como mentora en el Programa Piloto de Mentoría Internacional de la American Library Association.

Me interesan especialmente el área de América Latina y el Caribe y el Comité de Bibliotecas Hermanas: desde 2005 coordino el hermanamiento de nuestra biblioteca con una biblioteca de Estados Unidos, y quisiera compartir mi experiencia con un colega que empiece ese tipo de proyecto.

Atentamente,

Dra. Silvia Beatriz Fernández
Directora, Biblioteca Central
Universidad Nacional de Córdoba
Córdoba, Argentina`;

const DAKAR = `Madame, Monsieur,

Je suis bibliothécaire à la Bibliothèque universitaire de l'Université Cheikh Anta Diop depuis quatre ans et je souhaite participer au programme en tant que mentorée.

Je m'intéresse particulièrement aux échanges internationaux : notre bibliothèque prépare un premier échange de personnel avec une bibliothèque partenaire, et j'aimerais bénéficier des conseils d'une collègue expérimentée.

Je vous prie d'agréer mes salutations distinguées.

Awa Diop`;

const LEEDS = `Dear colleagues,

Having spent thirty years in academic libraries, ten of them at the University of Nairobi, I would welcome the chance to share my experience with a younger colleague. I would particularly like to work with a librarian from Africa who is planning library development projects, and I know the funding landscape in Europe well.

I have no wish to be matched with anyone outside my experience, and I am not the right person for the Americas.

With best wishes,

Margaret Ellis
University of Leeds Library
Leeds LS2 9JT, United Kingdom`;

const CHENNAI = `EXPRESSION OF INTEREST

Name: Karthik Subramanian (கார்த்திக் சுப்பிரமணியன்)
Institution: Anna Centenary Library, Chennai, India

I am an early-career librarian and would value guidance from an experienced mentor. My interest is in library cooperation in South Asia, and I hope to learn how libraries in Sri Lanka and Bangladesh share digital collections.

Thank you for your consideration.
Karthik Subramanian`;

const BEIJING = `Name: 王芳 (Wang Fang)
Position: Deputy Director, Acquisitions
Institution: National Library of China, Beijing

I would like to serve as a mentor for a colleague interested in East Asia and the Pacific. I have coordinated international exchanges of publications for fifteen years.`;

const EITHER_FR = `Nom : Claire Martin
Établissement : Bibliothèque municipale de Lyon, France

Je travaille depuis douze ans dans les bibliothèques publiques. Je peux participer en tant que mentor ou mentorée, selon les besoins du comité. Les bibliothèques jumelles m'intéressent beaucoup.`;

const TEXAS = `I am an early-career librarian at the Benson Latin American Collection of the University of Texas at Austin, and a member of the American Library Association since 2012. I would like to apply as a mentee: I hope to find a mentor with experience of library cooperation in Latin America who could help me build relationships with colleagues in Mexico and Central America.

Best regards,
Emily Carter
Benson Latin American Collection, University of Texas Libraries
Austin, TX 78712`;

describe('extractFields on whole statements', () => {
  it('a formal letter from Ghana with the program address in it', () => {
    expect(extractFields(input(GHANA_LETTER, { fromName: 'Owusu, Abena' }))).toEqual({
      name: 'Abena Owusu',
      role: 'mentee',
      areas: ['Sister Libraries'],
      institution: 'Balme Library, University of Ghana',
      country: 'Ghana',
      language: 'en',
    });
  });

  it('a Spanish mentor statement in the body', () => {
    const f = extractFields(input(CORDOBA, { body: CORDOBA, fromName: 'Silvia Fernández' }));
    expect(f).toMatchObject({ role: 'mentor', areas: ['Americas', 'Sister Libraries'], country: 'Argentina', language: 'es' });
    expect(f.name).toBe('Silvia Beatriz Fernández');
    expect(f.institution).toBe('Biblioteca Central, Universidad Nacional de Córdoba');
  });

  it('a French mentee letter', () => {
    const f = extractFields(input(DAKAR, { fromAddress: 'awa.diop@ucad.edu.sn' }));
    expect(f).toMatchObject({ name: 'Awa Diop', role: 'mentee', areas: ['International Exchanges'], country: 'Senegal', language: 'fr' });
    expect(f.institution).toBe("Bibliothèque universitaire de l'Université Cheikh Anta Diop");
  });

  it('an implicit mentor with a negated region', () => {
    const f = extractFields(input(LEEDS, { fromName: 'Ellis, Margaret', fromAddress: 'm.ellis@leeds.ac.uk' }));
    expect(f).toMatchObject({ name: 'Margaret Ellis', role: 'mentor', areas: ['Africa', 'Europe'], institution: 'University of Leeds Library', country: 'United Kingdom' });
  });

  it('a mentee whose From is in Tamil script', () => {
    const f = extractFields(input(CHENNAI, { fromName: 'கார்த்திக் சுப்பிரமணியன்' }));
    expect(f).toMatchObject({ name: 'Karthik Subramanian', role: 'mentee', areas: ['Near East and South Asia'], institution: 'Anna Centenary Library', country: 'India' });
  });

  it('a Chinese mentor who gives both spellings', () => {
    const f = extractFields(input(BEIJING, { fromName: '王芳' }));
    expect(f).toMatchObject({ name: 'Wang Fang', role: 'mentor', areas: ['East Asia and the Pacific', 'International Exchanges'], institution: 'National Library of China', country: 'China' });
  });

  it('a French applicant open to either role', () => {
    expect(extractFields(input(EITHER_FR))).toMatchObject({ name: 'Claire Martin', role: 'unclear', areas: ['Sister Libraries'], institution: 'Bibliothèque municipale de Lyon', country: 'France', language: 'fr' });
  });

  it('an American mentee: ALA and "Latin American Collection" are not the reason for Americas', () => {
    const f = extractFields(input(TEXAS, { fromName: 'Emily Carter' }));
    expect(f).toMatchObject({ name: 'Emily Carter', role: 'mentee', areas: ['Americas'], country: 'United States' });
    expect(f.institution).toBe('Benson Latin American Collection, University of Texas Libraries');
  });

  it('an unreadable statement still gives name, role and country from the envelope', () => {
    const f = extractFields({ statement: '', body: 'I am applying as a mentee; my scanned letter is attached.\n\nRegards,\nJoseph Mbeki', subject: 'ALA Mentoring Program', fromName: 'Joseph Mbeki', fromAddress: 'j.mbeki@uct.ac.za' });
    expect(f).toEqual({ name: 'Joseph Mbeki', role: 'mentee', areas: [], institution: null, country: 'South Africa', language: null });
  });
});
