/** The statement every fixture carries, so tests can assert on real sentences. */
export const STATEMENT_TITLE = 'Expression of Interest - ALA International Mentoring Pilot Program';

export const STATEMENT_PARAGRAPHS = [
  STATEMENT_TITLE,
  'Name: Zoe Marlowe-Okafor, Senior Librarian, Harbour City Public Library, Cape Town, South Africa.',
  'I would like to join the program as a mentee in the Africa area. I have worked for twelve years at the Harbour City Public Library, first in the children\'s section and now as head of community outreach.',
  'Our library runs reading clubs in three townships and a mobile library that visits schools every week. I would like guidance from an experienced mentor on evaluating outreach programmes, measuring their impact and writing grant proposals to international partners.',
  'During the program I hope to design an evaluation framework for our reading clubs and to build links with libraries abroad. I can take part in monthly calls and regular e-mail exchanges.',
  'Thank you for considering my application.',
];

export const STATEMENT_SENTENCE = 'I have worked for twelve years at the Harbour City Public Library';
