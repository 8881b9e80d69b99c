import { describe, expect, it } from 'vitest';
import { extractRole } from '../../../src/statement/fields/role.js';

const role = (statement: string, subject = '', cover = statement) => extractRole({ statement, cover, subject });

describe('extractRole: explicit claims', () => {
  it.each([
    ['I would like to participate in the program as a mentee.', 'mentee'],
    ['I would be honoured to serve as a mentor in the ALA International Mentoring Pilot Program.', 'mentor'],
    ['I am writing to apply to be a mentee in the Africa area.', 'mentee'],
    ['Role: Mentee\nArea: Europe', 'mentee'],
    ['Role\n\nMentor\n\nAreas of interest\n\nEurope', 'mentor'],
    ['Expression of Interest – Mentor\nALA International Mentoring Pilot Program', 'mentor'],
    ['Mentee application\nName: Li Wei', 'mentee'],
    ['I would like to offer my services as an international mentor.', 'mentor'],
    ['I am interested in becoming a mentor for an early-career librarian.', 'mentor'],
  ])('%s → %s', (text, want) => {
    expect(role(text)).toBe(want);
  });

  it.each([
    ['Me permito expresar mi interés en participar como mentee (aprendiz) en el Programa.', 'mentee'],
    ['Deseo participar como mentora en el programa de la ALA.', 'mentor'],
    ['Quisiera ser mentorado por un colega con experiencia internacional.', 'mentee'],
    ['Solicito participar en el programa como mentoreada.', 'mentee'],
    ['Je souhaite participer au programme en tant que mentorée.', 'mentee'],
    ['Je souhaite participer au programme en tant que mentor.', 'mentor'],
    ['Je me porte candidate comme mentore pour la région Afrique.', 'mentor'],
    ['Je voudrais être tutorée par une collègue expérimentée.', 'mentee'],
  ])('Spanish/French: %s → %s', (text, want) => {
    expect(role(text)).toBe(want);
  });

  it('reads the subject "(Mentee)" and "- mentor (" when the statement is silent', () => {
    expect(role('Please find my statement attached.', 'Expression of Interest - ALA International Mentoring Pilot Program (Mentee)')).toBe('mentee');
    expect(role('Please find my statement attached.', 'ALA International Mentoring Pilot Program - mentor (O. Kovalenko)')).toBe('mentor');
  });

  it('reads the cover note when the statement is silent', () => {
    expect(extractRole({ statement: 'My interests are in Europe.', cover: 'I am applying as a mentee; statement attached.', subject: '' })).toBe('mentee');
  });
});

describe('extractRole: the other side named', () => {
  it('"I would like a mentor" means a mentee', () => {
    expect(role('I would like a mentor who knows the libraries of Latin America.')).toBe('mentee');
  });

  it('"matched with a mentor" and "learn from a mentor" mean a mentee', () => {
    expect(role('I hope to be matched with a mentor with experience in digitization.')).toBe('mentee');
    expect(role('I want to learn from a mentor who has built consortia.')).toBe('mentee');
  });

  it('"A mentor with experience … could help me" means a mentee', () => {
    expect(role('A mentor with experience of the Caribbean could help me plan my project.')).toBe('mentee');
  });

  it('"help a mentee" means a mentor', () => {
    expect(role('I believe I can help a mentee who works with Arabic collections.')).toBe('mentor');
  });

  it('"aprender de un mentor" means a mentee', () => {
    expect(role('Quisiera aprender de un mentor con experiencia en intercambios.')).toBe('mentee');
  });
});

describe('extractRole: mentions that are not claims', () => {
  it('"my mentor taught me" says nothing', () => {
    expect(role('My mentor at library school taught me the value of international work.')).toBe('unclear');
  });

  it('"I had a great mentor myself" does not make a mentor', () => {
    expect(role('I had a great mentor myself when I started, and now I hope to find a mentor again for international work.')).toBe('mentee');
  });

  it('past experience as a mentor is weaker than a wish for a mentor', () => {
    expect(role('I have served as a mentor to new staff in my library, but I need a mentor to guide me into international librarianship.')).toBe('mentee');
  });

  it('a negated claim counts for the other side', () => {
    expect(role('I do not yet feel experienced enough to serve as a mentor, so I would like to join as a mentee.')).toBe('mentee');
  });

  it('the program name "International Mentoring Pilot Program" is not a claim', () => {
    expect(role('I am very interested in the International Mentoring Pilot Program and in international librarianship.')).toBe('unclear');
  });
});

describe('extractRole: implicit', () => {
  it('long experience and guiding a newcomer mean a mentor', () => {
    expect(role('After 25 years running exchanges I would be glad to guide a new colleague through the practical side.')).toBe('mentor');
  });

  it('passing on experience means a mentor', () => {
    expect(role('For twenty-five years I have run our exchange program. Before I retire I want to pass on what I have learned.')).toBe('mentor');
  });

  it('early career and learning from an experienced colleague mean a mentee', () => {
    expect(role('I am early in my career and hope to learn from an experienced colleague.')).toBe('mentee');
  });

  it('French and Spanish implicit cues', () => {
    expect(role("Je suis en début de carrière et j'aimerais bénéficier des conseils d'une collègue expérimentée.")).toBe('mentee');
    expect(role('Al inicio de mi carrera, me gustaría aprender de colegas con más experiencia.')).toBe('mentee');
    expect(role('Después de treinta años, quisiera compartir mi experiencia y orientar a un colega joven.')).toBe('mentor');
  });
});

describe('extractRole: either role', () => {
  it.each([
    'I would be happy to participate in whichever capacity the Committee finds most useful.',
    'I could serve either as a mentor or as a mentee.',
    'I am happy to be a mentor or mentee, as the Committee decides.',
    'Puedo participar como mentor o como mentee.',
    'Je peux participer en tant que mentor ou mentorée.',
  ])('%s → unclear', (text) => {
    expect(role(text)).toBe('unclear');
  });

  it('leaving the choice of area to the Committee is not leaving the role', () => {
    expect(role('I wish to participate as a mentee. I am happy to leave the choice of area to the Committee.')).toBe('mentee');
  });

  it('a labelled role beats a later "either"', () => {
    expect(role('Role: Mentor\nI could also be a mentee if needed, either role is fine.')).toBe('mentor');
  });

  it('nothing said → unclear', () => {
    expect(role('I work at the National Library and am interested in Europe.')).toBe('unclear');
  });
});
