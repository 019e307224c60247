import { describe, expect, it } from "vitest";
import { pickNext, preferPriority, queuedAtForCheckIn } from "./ordering";

const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 1, m));
const line = [
  { id: "a", priority: false, queuedAt: at(0) },
  { id: "b", priority: false, queuedAt: at(1) },
  { id: "p", priority: true, queuedAt: at(5) },
];

describe("call order", () => {
  it("calls the priority lane first under the default rule", () => {
    expect(pickNext(line, 0, 0)?.id).toBe("p");
    expect(preferPriority(0, 0)).toBe(true);
  });

  it("interleaves one priority number after N regular calls when configured", () => {
    expect(pickNext(line, 3, 0)?.id).toBe("a");
    expect(pickNext(line, 3, 2)?.id).toBe("a");
    expect(pickNext(line, 3, 3)?.id).toBe("p");
  });

  it("falls back to first in line when the preferred lane is empty", () => {
    expect(pickNext(line.filter((c) => !c.priority), 0, 0)?.id).toBe("a");
    expect(pickNext([], 0, 0)).toBeNull();
  });

  it("places an early booking at its slot start and a late one at its arrival", () => {
    expect(queuedAtForCheckIn(at(0), at(30))).toEqual(at(30));
    expect(queuedAtForCheckIn(at(40), at(30))).toEqual(at(40));
    expect(queuedAtForCheckIn(at(40), null)).toEqual(at(40));
  });
});
