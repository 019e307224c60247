import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/**
 * Weak-password refusal on the server, with zxcvbn-ts (the maintained TypeScript port of Dropbox's
 * estimator: ~40,000 leaked passwords, keyboard walks, dates, repeats and l33t). It runs only where
 * passwords are set (registration, reset, change, staff invitation), never in the browser, so the
 * sign-up page carries none of its weight. Indonesian words residents reach for are added.
 */
const INDONESIAN = [
  "sayang", "sayangku", "bismillah", "alhamdulillah", "indonesia", "merdeka", "rahasia", "katasandi", "sandi", "kelurahan",
  "pakansari", "cibinong", "bogor", "jakarta", "garuda", "pancasila", "cintaku", "kucing", "persija", "persib", "bandung",
  "surabaya", "allahuakbar", "masukaja", "warga", "petugas", "layanan", "bantuan", "mamah", "bapak", "ibu", "anakku",
];

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, indonesian: INDONESIAN },
  graphs: common.adjacencyGraphs,
});

/** Score 0–4; 2 means about 10^8 guesses, the floor for an online account behind a login throttle. */
export const MIN_SCORE = 2;

/**
 * True when the password is too easy to guess, also given what the person typed elsewhere in the
 * form (name, NIK, e-mail, phone): "Siti1990" next to the name Siti Aminah is weak.
 */
export function isWeakPassword(password: string, personal: (string | null | undefined)[] = []): boolean {
  const inputs = personal
    .flatMap((v) => (v ? [v, v.toLowerCase().replace(/\s+/g, ""), ...v.toLowerCase().split(/[\s@._-]+/)] : []))
    .filter((v) => v.length >= 3);
  return zxcvbn.check(password.slice(0, 128), inputs).score < MIN_SCORE;
}
