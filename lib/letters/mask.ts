// What the public verification page may show of the letter's subject (UU 27/2022: enough to match
// the paper in hand, not enough to learn a name or NIK).

/** "Siti Aminah" → "S*** A****": the first letter of each word, the rest as stars. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const chars = [...word];
      return chars[0] + "*".repeat(Math.max(chars.length - 1, 1));
    })
    .join(" ");
}
