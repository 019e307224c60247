// Test stand-ins for the outside world, all real servers on 127.0.0.1: an SMTP server (npm
// smtp-server) and one HTTP server playing the Zenziva-style SMS gateway and the WhatsApp Cloud API.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startTestSmtp() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => (mails.push(m), cb()), cb);
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export type GatewayHit = { path: string; headers: http.IncomingHttpHeaders; body: string; form?: URLSearchParams; json?: unknown };

/**
 * SMS at POST /sms (form: userkey, passkey, to, message, ref) and WhatsApp at POST /wa/<id>/messages.
 * `fail(n)` answers 500 to the next n requests. Like a provider with idempotency keys, a repeated
 * Idempotency-Key is answered with the first message id and not counted as a new message.
 */
export async function startTestGateway(options: { delayMs?: number; onHit?: (hit: GatewayHit, count: number) => void } = {}) {
  const hits: GatewayHit[] = [];
  const accepted = new Map<string, GatewayHit>();
  let failures = 0;
  let seq = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      const hit: GatewayHit = { path: req.url ?? "", headers: req.headers, body };
      if (req.headers["content-type"]?.includes("form")) hit.form = new URLSearchParams(body);
      else if (body) hit.json = JSON.parse(body);
      hits.push(hit);
      options.onHit?.(hit, hits.length);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (failures > 0) {
        failures--;
        res.writeHead(500, { "content-type": "application/json" }).end('{"status":"0","text":"internal error"}');
        return;
      }
      const key = (req.headers["idempotency-key"] as string | undefined) ?? (hit.json as { biz_opaque_callback_data?: string } | undefined)?.biz_opaque_callback_data ?? `anon-${++seq}`;
      if (!accepted.has(key)) accepted.set(key, hit);
      const id = `msg-${key}`;
      if (hit.path.startsWith("/sms")) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "1", messageId: id, text: "Success" }));
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ messaging_product: "whatsapp", messages: [{ id: `wamid.${id}` }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, hits, accepted,
    fail(n: number) {
      failures = n;
    },
    sms: () => [...accepted.values()].filter((h) => h.path.startsWith("/sms")),
    wa: () => [...accepted.values()].filter((h) => h.path.startsWith("/wa")),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
