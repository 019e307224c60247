// Builds SIAK-style register files for tests and the import bench: valid rows by default, and
// a way to plant known errors in chosen rows.
const pad = (n: number, w: number) => String(n).padStart(w, "0");

export const registerHeader = ["NIK", "NO_KK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "ALAMAT", "NO_RT", "NO_RW", "STAT_HBKEL"];

/** Row i (0-based): unique NIK, four people per KK with the first as head. `region` keeps files apart. */
export function registerRow(i: number, region = "320101"): string[] {
  const female = i % 2 === 1;
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const yy = 50 + (Math.floor(i / 336) % 50);
  const seq = (i % 9999) + 1;
  const nik = `${region}${pad(female ? day + 40 : day, 2)}${pad(month, 2)}${pad(yy, 2)}${pad(seq, 4)}`;
  const kk = `${region}01${pad(Math.floor(i / 4) + 1, 8)}`;
  return [
    nik, kk, `WARGA ${i}`, "BOGOR", `${pad(day, 2)}-${pad(month, 2)}-19${pad(yy, 2)}`, female ? "PEREMPUAN" : "LAKI-LAKI",
    `JL. CONTOH NO. ${i}`, pad(1 + (i % 9), 3), pad(1 + (Math.floor(i / 9) % 9), 3), i % 4 === 0 ? "KEPALA KELUARGA" : "ANAK",
  ];
}

const quote = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Semicolon CSV, as Excel saves it in an Indonesian locale. */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n";
}
