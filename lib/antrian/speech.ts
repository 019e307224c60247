// What the TV says when a number is called, as text for the browser's speech synthesis and as a
// list of pre-recorded clips (public/antrian/suara/*.wav) for browsers without an Indonesian voice.

const ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

/**
 * Indonesian words of 0–9999 as clip names: 12 → ["dua", "belas"], 45 → ["empat", "puluh", "lima"],
 * 112 → ["seratus", "dua", "belas"], 1005 → ["seribu", "lima"], 2300 → ["dua", "ribu", "tiga", "ratus"].
 * Larger numbers (no office calls that many in a day) are read digit by digit.
 */
export function numberWords(n: number): string[] {
  if (n < 0 || n > 9999 || !Number.isInteger(n)) return String(n).split("").map((d) => ONES[Number(d)] ?? d);
  if (n >= 1000) {
    const thousands = Math.floor(n / 1000);
    const rest = n % 1000;
    return [...(thousands === 1 ? ["seribu"] : [ONES[thousands], "ribu"]), ...(rest ? numberWords(rest) : [])];
  }
  if (n < 10) return [ONES[n]];
  if (n === 10) return ["sepuluh"];
  if (n === 11) return ["sebelas"];
  if (n < 20) return [ONES[n - 10], "belas"];
  if (n < 100) return [ONES[Math.floor(n / 10)], "puluh", ...(n % 10 ? [ONES[n % 10]] : [])];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [...(hundreds === 1 ? ["seratus"] : [ONES[hundreds], "ratus"]), ...(rest ? numberWords(rest) : [])];
}

/** "Nomor antrean A-012, silakan menuju loket 2" for speech synthesis. */
export function announcementText(number: string, counter: number): string {
  const [prefix, digits] = number.split("-");
  return `Nomor antrean ${prefix}, ${numberWords(Number(digits)).join(" ")}, silakan menuju loket ${numberWords(counter).join(" ")}`;
}

/** The same sentence as clip names; letters are clips "huruf-a" … "huruf-z". */
export function announcementClips(number: string, counter: number): string[] {
  const [prefix, digits] = number.split("-");
  return ["nomor-antrean", `huruf-${prefix.toLowerCase()}`, ...numberWords(Number(digits)), "silakan-menuju-loket", ...numberWords(counter)];
}

export const CLIP_WORDS = [
  ...ONES, "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu",
] as const;

/** Every letter a service prefix may be (lib/antrian/schema.ts allows A–Z); each has its clip. */
export const PREFIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
