// A local SMTP server in its own process for the notifications bench: it stands for the mail
// relay, which in production runs on another machine, so its CPU is not taken from the worker's
// Node thread being measured. It reads and discards every message, and reports the count when
// asked ("count" on the IPC channel) and its port once listening.
import { SMTPServer } from "smtp-server";

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      received += 1;
      callback();
    });
  },
});
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.server.address().port }));
process.on("message", (m) => {
  if (m === "count") process.send?.({ received });
  if (m === "close") server.close(() => process.exit(0));
});
