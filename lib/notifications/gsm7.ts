// SMS bodies: GSM-7 (160 characters in one part, 153 per part when concatenated) or, for any
// character outside it, UCS-2 (70 / 67). We keep Indonesian texts in GSM-7 by transliterating the
// few typographic characters templates tend to contain, and split knowingly when longer.

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENDED = "^{}\\[~]|€"; // cost two septets (escape + char)
const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

const REPLACEMENTS: Record<string, string> = {
  "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", " ": " ", "•": "-", "·": "-",
};

/** Replaces typographic characters by their GSM-7 look-alikes. */
export function toGsm7(text: string): string {
  return [...text].map((c) => REPLACEMENTS[c] ?? c).join("");
}

export function isGsm7(text: string): boolean {
  return [...text].every((c) => basic.has(c) || extended.has(c));
}

/** Septets a GSM-7 text costs (extended characters count twice). */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const c of text) n += extended.has(c) ? 2 : 1;
  return n;
}

export type SmsPlan = { encoding: "GSM-7" | "UCS-2"; parts: number; length: number; text: string };

/** How the gateway will send this body: encoding, length and number of parts. */
export function planSms(input: string): SmsPlan {
  const text = toGsm7(input);
  if (isGsm7(text)) {
    const length = gsm7Length(text);
    return { encoding: "GSM-7", length, parts: length <= 160 ? 1 : Math.ceil(length / 153), text };
  }
  const length = [...text].length;
  return { encoding: "UCS-2", length, parts: length <= 70 ? 1 : Math.ceil(length / 67), text };
}

/**
 * Fits a body into at most `maxParts` parts: a single 160-character SMS by default. A longer text
 * is cut at a word boundary with "..." — but a URL at the end (the {tautan} of the record) is kept
 * whole, because a cut link is worse than a shorter sentence.
 */
export function fitSms(input: string, maxParts = 1): string {
  const plan = planSms(input);
  if (plan.parts <= maxParts) return plan.text;
  const limit = plan.encoding === "GSM-7" ? (maxParts === 1 ? 160 : 153 * maxParts) : maxParts === 1 ? 70 : 67 * maxParts;
  const urlMatch = plan.text.match(/\s(https?:\/\/\S+)\s*$/);
  const url = urlMatch ? urlMatch[1] : "";
  const head = url ? plan.text.slice(0, urlMatch!.index) : plan.text;
  const cost = (s: string) => (plan.encoding === "GSM-7" ? gsm7Length(s) : [...s].length);
  const room = limit - (url ? cost(url) + 1 : 0) - 3;
  let cut = "";
  for (const word of head.split(/(\s+)/)) {
    if (cost(cut + word) > room) break;
    cut += word;
  }
  return `${cut.trimEnd()}...${url ? ` ${url}` : ""}`;
}
