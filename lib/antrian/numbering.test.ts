import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatQueueNumber, newTicketCode, normalizeTicketCode, queueSequenceScope } from "./numbering";

describe("queue numbers", () => {
  it("pads to three digits after the service prefix", () => {
    expect(formatQueueNumber("A", 12)).toBe("A-012");
    expect(formatQueueNumber("B", 3)).toBe("B-003");
    expect(formatQueueNumber("A", 1234)).toBe("A-1234");
  });

  it("counts per service per day, so numbers restart each day", () => {
    expect(queueSequenceScope("svc1", "2026-12-01")).not.toBe(queueSequenceScope("svc1", "2026-12-02"));
    expect(queueSequenceScope("svc1", "2026-12-01")).not.toBe(queueSequenceScope("svc2", "2026-12-01"));
  });

  it("makes codes without look-alike characters and reads them back from a scan or typing", () => {
    const code = newTicketCode();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
    expect(CODE_ALPHABET).not.toMatch(/[01IOL]/);
    expect(normalizeTicketCode(` ${code.toLowerCase()} `)).toBe(code);
    expect(normalizeTicketCode(`https://x.go.id/antrian/tiket/${code}`)).toBe(code);
    expect(normalizeTicketCode("K7Q-W4M")).toBe("K7QW4M");
    expect(normalizeTicketCode("abc")).toBeNull();
  });
});
