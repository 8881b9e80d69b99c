/**
 * The reply to HELP. Coordinators read it in Outlook or Gmail with a proportional font, so it uses no columns:
 * one line per command, the line itself being a working example.
 */
export const HELP_TEXT = `Hello! You can steer mentorbox by email. Write one command per line, at the top of
your mail (upper or lower case, several lines are fine). Applicants are named by their ref (A-0012,
a-12 and A12 work too) or by their email address.

  HELP - this list
  STATUS - a summary: how many applicants, and where they stand
  LIST mentees unmatched Europe - applicants by role, state and area
  SHOW A-0012 - everything we know about one applicant
  SET A-0012 role=mentor areas="Europe, Africa" name="Jürgen Müller" - correct an applicant
  ACCEPT A-0012 - accept an applicant into the program
  DECLINE A-0012 - decline an applicant
  EXPORT applicants csv - a spreadsheet by return mail (also: feedback, threads, matches)
  UNDO - take back your last change
  CONFIRM 7F3K - confirm a command with the code the bot sent you

Matching and the program's life:
  SUGGEST A-0031 - the three best mentors for a mentee, with reasons (or mentees for a mentor)
  SUGGEST ALL - a proposal pairing every unmatched mentee, with its quality figures
  MATCH A-0012 A-0031 - pair a mentor with a mentee (either order) and introduce them
  MATCH ALL S-7K2Q - confirm every pair of a SUGGEST ALL proposal
  UNMATCH A-0012 A-0031 reason="moved jobs" - end a pairing
  FEEDBACK START - ask every participant for end-of-program feedback (FEEDBACK A-0012: one pair)
  REPORT - the Committee's report: summary, and every match with its feedback as CSV
  LETTER A-0012 - mail a participant their recognition letter (PDF)

Areas: Africa, Americas, East Asia and the Pacific, Europe, Eurasia and Central Asia,
Near East and South Asia, Sister Libraries, International Exchanges.
Text below your signature and quoted earlier mail is never read as a command.`;
