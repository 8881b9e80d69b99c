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
  EXPORT applicants csv - a spreadsheet by return mail (also: messages, outbox, threads, feedback)
  UNDO - take back your last change
  CONFIRM 7F3K - confirm a command with the code the bot sent you

Coming with matching:
  MATCH A-0012 A-0031 - pair a mentor with a mentee (coming with matching)
  UNMATCH A-0012 A-0031 - end a pairing (coming with matching)
  SUGGEST A-0031 - the best mentors for a mentee (coming with matching)
  FEEDBACK A-0012 - ask a pair for their feedback (coming with matching)
  LETTER A-0012 - send a letter of recognition (coming with matching)
  REPORT - a summary of the program so far (coming with matching)

Areas: Africa, Americas, East Asia and the Pacific, Europe, Eurasia and Central Asia,
Near East and South Asia, Sister Libraries, International Exchanges.
Text below your signature and quoted earlier mail is never read as a command.`;
