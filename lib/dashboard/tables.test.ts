import { describe, expect, it } from "vitest";
import { toCsv } from "./stats";
import { comparisonTable, staffTable } from "./tables";

const t = (key: string) => key.split(".").pop() ?? key;
const office = (name: string, n: number) => ({
  officeId: name, name, received: n, completed: n - 1, onTime: n - 2, onTimeRate: 50, openOverdue: 1, complaints: 2, respondents: 30, ikm: 82.456, category: "B" as const,
});

describe("the supervisor's tables as CSV", () => {
  it("writes the Camat's comparison with the kecamatan total last", () => {
    const out = comparisonTable([office("Kelurahan Pakansari", 10), office("Kelurahan Tengah", 4)], office("Kecamatan Cibinong", 14), t);
    const csv = toCsv(out.columns, out.rows);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("office,received,completed,onTime,onTime (%),openOverdue,complaints,ikm,respondents");
    expect(lines[1]).toBe("Kelurahan Pakansari,10,9,8,50,1,2,82.46,30");
    expect(lines.at(-1)).toMatch(/^total,14,13,12,/);
  });

  it("writes one line per staff member, a name that looks like a formula defused", () => {
    const out = staffTable([{ userId: "u1", name: "=HYPERLINK(\"x\")", role: "STAFF", openAssigned: 3, completed: 5, completedLate: 1, openOverdue: 2 }], t);
    const csv = toCsv(out.columns, out.rows);
    expect(csv.split("\r\n")[1]).toBe(`"'=HYPERLINK(""x"")",STAFF,3,5,1,2`);
  });
});
