import { describe, expect, it } from 'vitest';
import { expectCase, type Case } from './load.js';

const cases: Case[] = [
  {
    file: 'spanish-gmail-escribio.eml',
    reply: ['Hola:', '', 'Sí, el jueves a las 16:00 me viene bien.', '', 'Saludos,', 'Lucía'],
    quoted: true,
    signatureRemoved: true,
  },
  {
    file: 'outlook-spanish-header-block.eml',
    reply: ['Buenos días:', '', 'Confirmo mi participación en la reunión del jueves.', '', 'Un saludo,', 'Lucía Fernández'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'french-gmail-a-ecrit.eml',
    reply: ['Bonjour,', '', 'Oui, mardi 14h me convient.', '', 'Bien à vous,', 'Claire'],
    quoted: true,
    signatureRemoved: true,
    libraryMiss: 'drops the sign-off "Bien à vous, Claire"',
  },
  {
    file: 'outlook-french-header-block.eml',
    reply: ['Bonjour,', '', 'Merci, je serai disponible mardi après-midi.', '', 'Cordialement,', 'Claire Martin'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'drops the sign-off "Cordialement, Claire Martin"',
  },
  {
    file: 'german-gmail-am-schrieb.eml',
    reply: ['Guten Tag,', '', 'vielen Dank, ich habe die Unterlagen erhalten.'],
    quoted: true,
    signatureRemoved: true,
  },
  {
    file: 'outlook-german-header-block.eml',
    reply: ['Hallo zusammen,', '', 'ja, der Termin passt mir gut.', '', 'Viele Grüße', 'Katrin'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'portuguese-gmail-escreveu.eml',
    reply: ['Olá,', '', 'Obrigada pelo contato. Prefiro conversar em inglês.', '', 'Abraços,', 'Beatriz'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'italian-gmail-ha-scritto.eml',
    reply: ['Buongiorno,', '', 'va benissimo, grazie.', '', 'Giulia'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'dutch-gmail-schreef.eml',
    reply: ['Hallo,', '', 'Donderdag past mij goed.', '', 'Groet,', 'Pieter'],
    quoted: true,
    signatureRemoved: false,
  },
  {
    file: 'russian-thunderbird-pishet.eml',
    reply: ['Добрый день!', '', 'Спасибо, встреча в четверг мне подходит.', '', 'Ольга'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'keeps the "03.03.2025 10:14, X пишет:" attribution',
  },
  {
    file: 'russian-gmail-napisal.eml',
    reply: ['Здравствуйте!', '', 'Да, конечно, пришлю резюме завтра.'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'keeps the wrapped "… пользователь X <x@y> написал:" attribution',
  },
  {
    file: 'thebat-russian-koi8r.eml',
    reply: ['Да, получил, спасибо. Жду письма от наставника.'],
    quoted: true,
    signatureRemoved: true,
    libraryMiss: 'keeps The Bat!\'s greeting and "Вы писали …:" attribution',
  },
  {
    file: 'thebat-english-you-wrote.eml',
    reply: ['Thanks, I have the form now and will send it back this week.'],
    quoted: true,
    signatureRemoved: false,
    libraryMiss: 'keeps The Bat!\'s "Hello X," and "…, you wrote:" lines',
  },
];

describe('trimReply: attributions and header blocks by language', () => {
  it.each(cases)('$file', async (c) => expectCase(c, expect));
});
