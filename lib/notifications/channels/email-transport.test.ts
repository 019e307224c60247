import { describe, expect, it } from "vitest";
import { transportOptions } from "./email";

describe("SMTP transport options", () => {
  it("pools connections (nodemailer would drop a pool beside a URL) and opens plain ones without Nagle", () => {
    const o = transportOptions("smtp://user:rahasia@mail.example.id:587") as Record<string, unknown>;
    expect(o).toMatchObject({ host: "mail.example.id", port: 587, pool: true, maxConnections: 5, auth: { user: "user", pass: "rahasia" } });
    expect(typeof o.getSocket).toBe("function");
  });

  it("keeps what the deployment's URL says, and leaves TLS-from-the-start connections to nodemailer", () => {
    expect(transportOptions("smtp://relay.local:25?pool=false&maxConnections=2")).toMatchObject({ pool: false, maxConnections: 2 });
    const tls = transportOptions("smtps://mail.example.id:465") as Record<string, unknown>;
    expect(tls).toMatchObject({ secure: true, pool: true });
    expect(tls.getSocket).toBeUndefined();
    expect(transportOptions("direct:?name=x")).toBe("direct:?name=x");
  });
});
