import { describe, expect, it } from "vitest";
import { announcementClips, announcementText, numberWords } from "./speech";

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
  });

  it("builds the sentence and its clip list", () => {
    expect(announcementText("A-012", 2)).toBe("Nomor antrean A, dua belas, silakan menuju loket dua");
    expect(announcementClips("B-003", 1)).toEqual(["nomor-antrean", "huruf-b", "tiga", "silakan-menuju-loket", "satu"]);
  });
});
