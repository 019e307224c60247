// The offline mailbox: with no SMTP_URL configured, the worker starts a real SMTP server (npm
// smtp-server) on 127.0.0.1 and every mail it receives is written as JSON under .data/mailbox/,
// where an admin reads it in the app (/admin/kotak-surat). Not for production use.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type MailboxEntry = {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
};

export function mailboxDir(): string {
  return process.env.MAILBOX_DIR ? path.resolve(process.env.MAILBOX_DIR) : path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data", "mailbox");
}

/** Starts the local SMTP server; resolves with its port once it listens. */
export async function startMailboxServer({ dir = mailboxDir(), port = 0, host = "127.0.0.1" } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
          const at = new Date();
          const id = `${at.getTime()}-${crypto.randomBytes(4).toString("hex")}`;
          const entry: MailboxEntry = {
            id, receivedAt: at.toISOString(), from: mail.from?.text ?? "", to, subject: mail.subject ?? "",
            text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : null, messageId: mail.messageId ?? null,
          };
          fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(entry));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { port: actualPort, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
