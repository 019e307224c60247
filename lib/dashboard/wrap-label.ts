/** Splits a chart label into lines of at most `max` characters at spaces (long unsur names on a 360 px phone). */
export function wrapLabel(label: string, max = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}
