import { describe, expect, it } from 'vitest';
import { isForgetMe, isLetterRequest, isWithdrawal } from '../../../src/reply/intent/kinds.js';

describe('isLetterRequest', () => {
  it.each([
    ['Could you please send my letter of recognition?', ''],
    ['Please send me a certificate of participation.', ''],
    ['I would like to request a recognition letter for my annual review.', ''],
    ['I would like to ask whether the Committee could send me a letter recognizing my participation as a mentor in the program.', ''],
    ['May I have a letter for my files confirming that I served as a mentor?', ''],
    ['Could the Committee write a letter confirming my participation? My director needs it.', ''],
    ['Quisiera solicitar una carta de reconocimiento por mi participación.', ''],
    ['¿Podrían enviarme un certificado de participación?', ''],
    ["Pourriez-vous m'envoyer une attestation de participation ?", ''],
    ['Je voudrais demander une lettre de reconnaissance.', ''],
    ['Dear Committee,\n\nA PDF by email is sufficient. It is for my staff evaluation.', 'Request for a letter of recognition (mentor: Hanako Yamada)'],
  ])('asks: %s', (text, subject) => {
    expect(isLetterRequest(text, subject)).toBe(true);
  });

  it.each([
    ['My letter of interest is attached.', ''],
    ['Please find attached a letter from my director supporting my application.', ''],
    ['Thank you for the letter of recognition, it arrived safely.', ''],
    ['I received the certificate, thank you so much!', 'Re: Request for a letter of recognition'],
    ['I do not need a letter, thank you.', ''],
    ['No need for a certificate, the experience was reward enough.', ''],
    ['Thank you for your letter, and sorry for my late answer.', ''],
    ['My cover letter and CV are attached; please let me know if you need anything else.', ''],
    ['I have a certificate in archival studies from 2009.', ''],
    ['Here are my answers.\n> Participants who would like a letter recognizing their participation may request one.\nYes, definitely.', 'Re: end-of-program feedback'],
    ['Thanks!', 'Re: Request for a letter of recognition'],
  ])('does not ask: %s', (text, subject) => {
    expect(isLetterRequest(text, subject)).toBe(false);
  });
});

describe('isWithdrawal', () => {
  it.each([
    ['I would like to withdraw.', ''],
    ['I would like to withdraw my application, my circumstances have changed.', ''],
    ['Please remove my application.', ''],
    ['I can no longer participate in the program because of a new job.', ''],
    ['Unfortunately I will not be able to continue as a mentor this year.', ''],
    ['I have decided to withdraw from the program.', ''],
    ['Please take me off the list of mentees.', ''],
    ['I regret to inform you that I must withdraw.', ''],
    ['Quisiera retirar mi solicitud.', ''],
    ['Lamentablemente ya no puedo participar en el programa.', ''],
    ['Je me retire du programme, désolée.', ''],
    ['Je ne pourrai pas continuer, malheureusement.', ''],
    ['Sorry for the trouble.', 'Withdrawal of my application'],
  ])('withdraws: %s', (text, subject) => {
    expect(isWithdrawal(text, subject)).toBe(true);
  });

  it.each([
    ['I withdrew money for the trip yesterday.', ''],
    ["I won't withdraw, don't worry!", ''],
    ['I do not want to withdraw my application, I only want to change my areas.', ''],
    ['If I have to withdraw, I will let you know.', ''],
    ['I was worried I would have to withdraw from the program, but my new job allows it.', ''],
    ["I can't participate in the call on Thursday, could we move it?", ''],
    ['I need to withdraw some cash before the conference.', ''],
    ['Please delete my personal data.', ''],
    ['Thanks, see you soon.', 'Re: Withdrawal of my application'],
  ])('does not withdraw: %s', (text, subject) => {
    expect(isWithdrawal(text, subject)).toBe(false);
  });
});

describe('isForgetMe', () => {
  it.each([
    ['Please delete my data.', ''],
    ['Forget me, please.', ''],
    ['I ask you to erase my personal data from your records.', ''],
    ['Under the GDPR I ask that you delete all the information you hold about me.', ''],
    ['I am exercising my right to be forgotten.', ''],
    ['Please do not keep my personal information.', ''],
    ['Por favor borren mis datos personales.', ''],
    ['Merci de supprimer mes données personnelles.', ''],
    ['Hello,', 'GDPR request'],
  ])('erasure: %s', (text, subject) => {
    expect(isForgetMe(text, subject)).toBe(true);
  });

  it.each([
    ['I would like to withdraw my application.', ''],
    ['Please remove my application.', ''],
    ['Please do not delete my data, I may apply again next year.', ''],
    ['I have updated my details, please see the new address.', ''],
    ['Please delete my previous email, I sent it by mistake.', ''],
    ['Please remove Europe from my areas.', ''],
    ['At my library I work on GDPR compliance for our patrons.', ''],
    ["Don't forget me when the next round opens!", ''],
  ])('no erasure: %s', (text, subject) => {
    expect(isForgetMe(text, subject)).toBe(false);
  });

  it('a message can ask for both', () => {
    const text = 'I can no longer participate in the program. Please also delete my data.';
    expect([isWithdrawal(text, ''), isForgetMe(text, '')]).toEqual([true, true]);
  });
});
