import { getDistricts } from "idn-area-data";

// The official list of kecamatan (district) codes from npm idn-area-data, read from its CSV
// once per process. A NIK's first six digits are its province, regency and district codes.
let districtCodes: Promise<Set<string>> | undefined;

export function loadDistrictCodes(): Promise<Set<string>> {
  districtCodes ??= getDistricts()
    .then((rows) => new Set(rows.map((row) => row.code.replace(/\./g, ""))))
    .catch((error: unknown) => {
      districtCodes = undefined; // try again next time rather than caching the failure
      throw error;
    });
  return districtCodes;
}

/**
 * Whether a 6-digit region code is on the official list. If the list cannot be read the code
 * counts as known: the check only ever produces a warning, so it must not get in the way.
 */
export async function regionChecker(): Promise<(code: string) => boolean> {
  try {
    const codes = await loadDistrictCodes();
    return (code) => codes.has(code);
  } catch {
    return () => true;
  }
}
