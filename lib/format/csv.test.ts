import { describe, expect, it } from "vitest";
import { csvCell, csvLine, defuseFormula } from "./csv";

describe("CSV cells", () => {
  it("defuse every formula start: = + - @ tab and carriage return", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(defuseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(-5)).toBe("-5"); // a real number is not text
  });

  it("quote separators, quotes and line breaks; nothing else unless asked", () => {
    expect(csvLine(["a,b", 'say "hi"', "=1+1", "plain", null, 3])).toBe('"a,b","say ""hi""",\'=1+1,plain,,3\r\n');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("dua\nbaris")).toBe('"dua\nbaris"');
    expect(csvCell("Jalan rusak", { quote: "always" })).toBe('"Jalan rusak"');
  });
});
