import { describe, expect, it } from 'vitest';
import { extractAreas } from '../../../src/statement/fields/areas.js';

const areas = (statement: string, cover = statement) => extractAreas(statement, cover);

describe('extractAreas: labelled', () => {
  it('reads a labelled list with committee names', () => {
    expect(areas('Areas of interest: Africa; IRRT Sister Libraries Committee')).toEqual(['Africa', 'Sister Libraries']);
  });

  it('returns canonical order whatever the order written', () => {
    expect(areas('Preferred areas: International Exchanges, Europe, Eurasia and Central Asia')).toEqual(['Europe', 'Eurasia and Central Asia', 'International Exchanges']);
  });

  it('reads a table row and ignores other mentions in the prose', () => {
    const text = 'Areas\n\nEast Asia and the Pacific\n\nI coordinate a partnership with the East Asia Library of a U.S. university and worked in Europe.';
    expect(areas(text)).toEqual(['East Asia and the Pacific']);
  });

  it('an explicit "no preference" label gives no area', () => {
    expect(areas('Area: no preference\nI have worked with libraries in Africa and Europe.')).toEqual([]);
  });

  it('reads Spanish and French labels', () => {
    expect(areas('Áreas de interés: África, Bibliotecas hermanas')).toEqual(['Africa', 'Sister Libraries']);
    expect(areas("Domaines d'intérêt : Afrique ; échanges internationaux")).toEqual(['Africa', 'International Exchanges']);
  });
});

describe('extractAreas: prose', () => {
  it.each([
    ['I would like to take part as a mentee in the Eurasia and Central Asia area.', ['Eurasia and Central Asia']],
    ['I am interested in sister library partnerships with libraries abroad.', ['Sister Libraries']],
    ['My main interest is twinning our public library with one in another country.', ['Sister Libraries']],
    ['I would like to develop a staff exchange programme with a partner library.', ['International Exchanges']],
    ['I hope to organise study visits for our cataloguers.', ['International Exchanges']],
    ['I would like to work with libraries in Southeast Asia and the Pacific islands.', ['East Asia and the Pacific']],
    ['My interest is in library cooperation in Latin America and the Caribbean.', ['Americas']],
    ['I would like to learn about libraries in the Middle East and South Asia.', ['Near East and South Asia']],
    ['I would like to help libraries in the Caucasus and Central Asia.', ['Eurasia and Central Asia']],
    ['I would like to work on library development in Africa.', ['Africa']],
    ['I am interested in the Arab world and MENA region libraries.', ['Near East and South Asia']],
    ['I would like to mentor someone working with Russia or the former Soviet Union.', ['Eurasia and Central Asia']],
  ])('%s', (text, want) => {
    expect(areas(text)).toEqual(want);
  });

  it('reads Spanish and French prose', () => {
    expect(areas('Me interesan especialmente las Américas y los intercambios internacionales.')).toEqual(['Americas', 'International Exchanges']);
    expect(areas("Je m'intéresse aux bibliothèques jumelles et à l'Afrique francophone.")).toEqual(['Africa', 'Sister Libraries']);
    expect(areas("Je souhaite travailler sur l'Asie orientale et le Pacifique.")).toEqual(['East Asia and the Pacific']);
    expect(areas('Quisiera colaborar con bibliotecas de Europa y de Asia Central.')).toEqual(['Europe', 'Eurasia and Central Asia']);
  });
});

describe('extractAreas: things that are not areas', () => {
  it('the American Library Association is not the Americas', () => {
    expect(areas('I am a member of the American Library Association and I would like to apply as a mentee.')).toEqual([]);
  });

  it('the American University of Beirut is not the Americas', () => {
    expect(areas('I would like to apply as a mentee. I work at the American University of Beirut.')).toEqual([]);
  });

  it('the program name is not International Exchanges', () => {
    expect(areas('I would like to join the ALA International Mentoring Pilot Program as a mentee.')).toEqual([]);
  });

  it('home country and continent are not areas', () => {
    expect(areas('I am a librarian in my country, Kenya. I am happy to leave the choice of area to the Committee.')).toEqual([]);
    expect(areas('I live in Europe and would like guidance on digitization.')).toEqual([]);
    expect(areas('As a Nigerian librarian I know the challenges of African libraries well.')).toEqual([]);
  });

  it('time zones and institution names are not areas', () => {
    expect(areas('I am available in the mornings, East Africa Time. I hope to learn about outreach.')).toEqual([]);
    expect(areas('I would like help from the East Asia Library at Stanford with my Japanese collection.')).toEqual([]);
    expect(areas('I want to learn about the work of the Council of Europe in my field.')).toEqual([]);
  });

  it('a region in a signature or address is not an area', () => {
    expect(areas('I would like to apply as a mentee.\n\nSincerely,\nAnna Kowalska\nEurope Direct Information Centre, Kraków')).toEqual([]);
  });

  it('a single passing mention is not enough', () => {
    expect(areas('Our library received donated books from Europe in 2010.')).toEqual([]);
  });

  it('"no preference" and negations', () => {
    expect(areas('I have no strong preference as to the country or region.')).toEqual([]);
    expect(areas('I am interested in any region other than Europe.')).toEqual([]);
  });

  it('"exchange" as a verb or an exchange of ideas is not International Exchanges', () => {
    expect(areas('We exchange staff for short visits and hope to exchange training material.')).toEqual([]);
  });

  it('falls back to the cover note', () => {
    expect(extractAreas('I would like to be a mentor.', 'Areas: Europe and IRRT International Exchanges.')).toEqual(['Europe', 'International Exchanges']);
  });
});

describe('extractAreas: more regional names', () => {
  it.each([
    ['I would like to work with libraries in the Balkans and Scandinavia.', ['Europe']],
    ['My interest is the Gulf states and the Levant.', ['Near East and South Asia']],
    ['I am interested in the Indian subcontinent.', ['Near East and South Asia']],
    ['I would like to learn about the Far East.', ['East Asia and the Pacific']],
    ['My region of interest is Oceania.', ['East Asia and the Pacific']],
    ['I want to start a librarian exchange with a partner abroad.', ['International Exchanges']],
    ['I would like to focus on North Africa.', ['Africa']],
    ['I work in Europe, and I am interested in Africa.', ['Africa']],
    ['I am based in Africa and would like to learn about libraries in Asia-Pacific.', ['East Asia and the Pacific']],
    ['Having worked in Africa for twenty years, I can help a mentee interested in the region.', ['Africa']],
  ])('%s', (text, want) => {
    expect(areas(text)).toEqual(want);
  });

  it('"Asia" alone is too vague to name an area', () => {
    expect(areas('I would like to work with libraries in Asia.')).toEqual([]);
  });

  it('a list of places visited is not a request', () => {
    expect(areas('I have visited libraries in Europe, Asia and Africa.')).toEqual([]);
  });
});

describe('extractAreas: a region that only locates a country', () => {
  it.each([
    'I am from Nigeria in West Africa and would like to be a mentee.',
    'I work in Nairobi, Kenya, East Africa, and I would like to learn.',
  ])('%s → none', (text) => {
    expect(areas(text)).toEqual([]);
  });

  it('a country and a region side by side are both wishes', () => {
    expect(areas('My interest is in Brazil and Latin America.')).toEqual(['Americas']);
  });
});

describe('extractAreas: the call quoted back', () => {
  it("a sentence listing the program's areas is not a choice", () => {
    const text = 'The program connects mentees with experts in Africa, Americas, East Asia and the Pacific, Europe, Eurasia and Central Asia, and Near East and South Asia. I would like to focus on Europe.';
    expect(areas(text)).toEqual(['Europe']);
  });
});
