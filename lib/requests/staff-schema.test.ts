import { describe, expect, it } from "vitest";
import { classifySearch } from "./data/staff/queue-sql";
import { validateFieldValues } from "@/lib/requests/fields";
import { assigneeUserId, parseQueueFilters, queueQueryString } from "./staff-schema";

describe("queue filters in the URL", () => {
  it("falls back to defaults for bad values and round-trips good ones", () => {
    const f = parseQueueFilters({ status: "nope", sla: "OVERDUE", sort: "due_asc", q: "  siti ", channel: "POS_RW", from: "2026-13" });
    expect(f).toMatchObject({ status: "open", sla: "OVERDUE", sort: "due_asc", q: "siti", channel: "POS_RW", assignee: "any" });
    expect(f.from).toBeUndefined();
    expect(queueQueryString(f)).toBe("?channel=POS_RW&sla=OVERDUE&q=siti&sort=due_asc");
    expect(parseQueueFilters(new URLSearchParams(queueQueryString(f).slice(1)))).toEqual(f);
  });

  it("keeps a colleague's id and a completion period from the supervisor's links", () => {
    const f = parseQueueFilters({ assignee: "cm0abc123", status: "COMPLETED", doneFrom: "2026-10-01", doneTo: "2026-12-31", late: "1" });
    expect(f).toMatchObject({ assignee: "cm0abc123", doneFrom: "2026-10-01", doneTo: "2026-12-31", late: "1" });
    expect(assigneeUserId(f.assignee)).toBe("cm0abc123");
    expect(assigneeUserId(parseQueueFilters({ assignee: "me" }).assignee)).toBeNull();
    expect(parseQueueFilters({ assignee: "x' OR 1=1", late: "yes" })).toMatchObject({ assignee: "any", late: undefined });
    expect(parseQueueFilters(new URLSearchParams(queueQueryString(f).slice(1)))).toEqual(f);
  });

  it("reads filter dates typed day first in the filter bar", () => {
    expect(parseQueueFilters({ from: "01/11/2026", to: "30/11/2026" })).toMatchObject({ from: "2026-11-01", to: "2026-11-30" });
    expect(parseQueueFilters({ from: "31/11/2026" }).from).toBeUndefined();
  });

  it("tells numbers, NIKs and names apart", () => {
    expect(classifySearch("pks/2026/123")).toEqual({ kind: "number", value: "PKS/2026/000123" });
    expect(classifySearch("3201014506900002")).toEqual({ kind: "nik", value: "3201014506900002" });
    expect(classifySearch("Siti")).toEqual({ kind: "name", value: "Siti" });
    // Issue 17: a partial number and the last digits of a NIK.
    expect(classifySearch("17")).toEqual({ kind: "digits", value: "17", sequence: 17, nikSuffix: null });
    expect(classifySearch("000017")).toEqual({ kind: "digits", value: "000017", sequence: 17, nikSuffix: "000017" });
    expect(classifySearch("0002")).toEqual({ kind: "digits", value: "0002", sequence: 2, nikSuffix: "0002" });
    expect(classifySearch("3201 0145 0690 0002")).toEqual({ kind: "nik", value: "3201014506900002" });
  });
});

describe("service field values", () => {
  const reqs = [
    { code: "nama", required: true, fieldType: "TEXT" as const, options: [] },
    { code: "modal", required: false, fieldType: "NUMBER" as const, options: [] },
    { code: "jenis", required: true, fieldType: "CHOICE" as const, options: ["Dagang", "Jasa"] },
  ];
  it("reports each problem by field code", () => {
    expect(validateFieldValues(reqs, { modal: "abc", jenis: "Tani" })).toEqual({ ok: false, errors: { nama: "required", modal: "number_invalid", jenis: "choice_invalid" } });
    expect(validateFieldValues(reqs, { nama: "Warung", modal: "1500000", jenis: "Dagang" })).toEqual({ ok: true, data: { nama: "Warung", modal: 1500000, jenis: "Dagang" } });
  });
});
