import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { announcementClips, announcementText, numberWords, PREFIX_LETTERS } from "./speech";

describe("Indonesian announcement", () => {
  it("says numbers the Indonesian way", () => {
    expect(numberWords(7)).toEqual(["tujuh"]);
    expect(numberWords(10)).toEqual(["sepuluh"]);
    expect(numberWords(11)).toEqual(["sebelas"]);
    expect(numberWords(12)).toEqual(["dua", "belas"]);
    expect(numberWords(40)).toEqual(["empat", "puluh"]);
    expect(numberWords(45)).toEqual(["empat", "puluh", "lima"]);
    expect(numberWords(100)).toEqual(["seratus"]);
    expect(numberWords(112)).toEqual(["seratus", "dua", "belas"]);
    expect(numberWords(305)).toEqual(["tiga", "ratus", "lima"]);
    expect(numberWords(1000)).toEqual(["seribu"]);
    expect(numberWords(1005)).toEqual(["seribu", "lima"]);
    expect(numberWords(2300)).toEqual(["dua", "ribu", "tiga", "ratus"]);
    expect(numberWords(4999)).toEqual(["empat", "ribu", "sembilan", "ratus", "sembilan", "puluh", "sembilan"]);
  });

  it("builds the sentence and its clip list", () => {
    expect(announcementText("A-012", 2)).toBe("Nomor antrean A, dua belas, silakan menuju loket dua");
    expect(announcementClips("B-003", 1)).toEqual(["nomor-antrean", "huruf-b", "tiga", "silakan-menuju-loket", "satu"]);
  });
});

describe("the TV's recorded fallback", () => {
  it("has a clip for every word of every number a day can reach, at every loket, for every prefix the admin allows", () => {
    const dir = path.resolve(import.meta.dirname, "../../public/antrian/suara");
    const have = new Set(fs.readdirSync(dir).map((f) => f.replace(/\.wav$/, "")));
    const needed = new Set<string>();
    for (const letter of PREFIX_LETTERS) for (const clip of announcementClips(`${letter}-001`, 1)) needed.add(clip);
    for (let n = 1; n <= 9999; n++) for (const clip of announcementClips(`A-${String(n).padStart(3, "0")}`, (n % 20) + 1)) needed.add(clip);
    expect([...needed].filter((clip) => !have.has(clip))).toEqual([]);
  });
});
