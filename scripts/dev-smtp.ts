// A local SMTP sink for `npm run dev`: accepts every mail and prints it, so a newcomer sees what the bot sends.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.DEV_SMTP_PORT ?? 2525);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, cb) {
    simpleParser(stream).then((mail) => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      process.stdout.write(`\n──── mail to ${to} ─────────────────────────────\nSubject: ${mail.subject}\nReply-To: ${mail.replyTo?.text ?? ''}\n\n${mail.text ?? ''}\n`);
      cb();
    }, cb);
  },
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`dev SMTP sink listening on 127.0.0.1:${port}\n`));
