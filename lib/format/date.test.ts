import { describe, expect, it } from "vitest";
import { formatDateText, parseDateText } from "./date";

describe("dates typed the Indonesian way", () => {
  it("reads day first with slashes, dashes, dots, spaces or no separator, and the picker's ISO value", () => {
    for (const typed of ["17/08/1990", "17-08-1990", "17.08.1990", "17 08 1990", "17081990", "17/8/1990", " 1990-08-17 "]) {
      expect(parseDateText(typed)).toBe("1990-08-17");
    }
    expect(parseDateText("1/2/2003")).toBe("2003-02-01"); // 1 February, never January 2nd
  });

  it("refuses dates that are not on the calendar or not dates at all", () => {
    for (const typed of ["31/02/1990", "29/02/2023", "00/01/1990", "17/13/1990", "1990/08/17", "17/08/90", "besok", "", "08/17/1990"]) {
      expect(parseDateText(typed)).toBeNull();
    }
    expect(parseDateText("29/02/2024")).toBe("2024-02-29");
  });

  it("shows a stored date day first and leaves other text as typed", () => {
    expect(formatDateText("1990-08-17")).toBe("17/08/1990");
    expect(formatDateText("17/08/19")).toBe("17/08/19");
  });
});
