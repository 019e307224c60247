import { describe, expect, it } from "vitest";
import { checkPick } from "./check-pick";

const MB = 1024 * 1024;
const photoOrPdf = ["image/jpeg", "image/png", "application/pdf"];

describe("checkPick: what the resident hears at the field before anything is sent", () => {
  it("names an iPhone HEIC photo, by type or only by its extension", () => {
    expect(checkPick({ name: "IMG_0412.HEIC", type: "image/heic", size: 2 * MB }, photoOrPdf, 5 * MB)).toBe("heic");
    expect(checkPick({ name: "IMG_0412.heic", type: "", size: 2 * MB }, photoOrPdf, 5 * MB)).toBe("heic");
    expect(checkPick({ name: "foto.heif", type: "image/heif", size: 2 * MB }, ["image/*"], 5 * MB)).toBe("heic");
  });

  it("refuses a type the requirement does not take", () => {
    expect(checkPick({ name: "ktp.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: 10_000 }, photoOrPdf, 5 * MB)).toBe("type_not_allowed");
    expect(checkPick({ name: "kk.pdf", type: "application/pdf", size: 10_000 }, ["image/jpeg", "image/png"], 5 * MB)).toBe("type_not_allowed");
    expect(checkPick({ name: "scan.gif", type: "", size: 10_000 }, photoOrPdf, 5 * MB)).toBe("type_not_allowed");
  });

  it("refuses a PDF above the limit at once, but lets a large photo go on to be shrunk", () => {
    expect(checkPick({ name: "kk.pdf", type: "application/pdf", size: 6 * MB }, photoOrPdf, 5 * MB)).toBe("too_large");
    expect(checkPick({ name: "kamera.jpg", type: "image/jpeg", size: 9 * MB }, photoOrPdf, 5 * MB)).toBeNull();
  });

  it("accepts what the server accepts, and leaves an unknown type to the server's byte check", () => {
    expect(checkPick({ name: "kk.pdf", type: "application/pdf", size: MB }, photoOrPdf, 5 * MB)).toBeNull();
    expect(checkPick({ name: "ktp.jpeg", type: "", size: MB }, photoOrPdf, 5 * MB)).toBeNull();
    expect(checkPick({ name: "tanpa-akhiran", type: "", size: MB }, photoOrPdf, 5 * MB)).toBeNull();
    expect(checkPick({ name: "kosong.jpg", type: "image/jpeg", size: 0 }, photoOrPdf, 5 * MB)).toBe("empty");
  });
});

describe("the accepted types the form lists", () => {
  it("no longer promise HEIC, which the server cannot decode", async () => {
    const { acceptLabel, acceptAttribute } = await import("@/lib/storage/types");
    expect(acceptLabel(["image/*"])).toBe("JPG, PNG, WEBP, AVIF");
    expect(acceptAttribute([])).not.toMatch(/heic|heif/i);
  });
});
