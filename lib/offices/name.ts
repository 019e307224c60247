// An office's heading name. Office names are stored whole ("Kelurahan Pakansari", "Kecamatan
// Cibinong"), so putting the type label in front doubled it ("Kelurahan · Kelurahan Pakansari",
// issue 17). The type label is added only to a name that does not already say what it is.

/** The Indonesian words an office name may already start with, whatever the UI language. */
const TYPE_WORDS = /^(kelurahan|desa|kecamatan|dinas|kantor|badan)\s/i;

export function officeTitle(name: string, typeLabel: string): string {
  const trimmed = name.trim();
  if (TYPE_WORDS.test(trimmed) || trimmed.toLowerCase().startsWith(`${typeLabel.toLowerCase()} `)) return trimmed;
  return `${typeLabel} ${trimmed}`;
}
