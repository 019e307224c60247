// The fixed frame of the SKM questionnaire (PermenPANRB 14/2017): nine unsur in the official order,
// each with a code that never changes. Offices may reword the question and the four labels (stored in
// survey_questions), never add, remove or reorder unsur. Pure: shared by forms, reports and seeds.

export const UNSUR_CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;
export type UnsurCode = (typeof UNSUR_CODES)[number];

/** Column of survey_responses that holds the score of each unsur. */
export const UNSUR_COLUMN: Record<UnsurCode, `u${number}`> = {
  U1: "u1", U2: "u2", U3: "u3", U4: "u4", U5: "u5", U6: "u6", U7: "u7", U8: "u8", U9: "u9",
};

export type UnsurWording = { code: UnsurCode; name: string; question: string; labels: [string, string, string, string] };

/** Official names and default wording (Bahasa Indonesia), the starting point every office gets. */
export const DEFAULT_WORDING: readonly UnsurWording[] = [
  {
    code: "U1",
    name: "Persyaratan",
    question: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    labels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    code: "U2",
    name: "Sistem, Mekanisme, dan Prosedur",
    question: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    labels: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
  },
  {
    code: "U3",
    name: "Waktu Penyelesaian",
    question: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    labels: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  {
    code: "U4",
    name: "Biaya/Tarif",
    question: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    labels: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
  },
  {
    code: "U5",
    name: "Produk Spesifikasi Jenis Pelayanan",
    question: "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    labels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    code: "U6",
    name: "Kompetensi Pelaksana",
    question: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    labels: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  {
    code: "U7",
    name: "Perilaku Pelaksana",
    question: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    labels: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  },
  {
    code: "U8",
    name: "Penanganan Pengaduan, Saran dan Masukan",
    question: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    labels: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  },
  {
    code: "U9",
    name: "Sarana dan Prasarana",
    question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    labels: ["Buruk", "Cukup", "Baik", "Sangat baik"],
  },
];

export function defaultWording(code: UnsurCode): UnsurWording {
  return DEFAULT_WORDING.find((w) => w.code === code)!;
}

export function isUnsurCode(value: unknown): value is UnsurCode {
  return typeof value === "string" && (UNSUR_CODES as readonly string[]).includes(value);
}

// Respondent profile answers are stored as codes; the UI and the report translate them.
export const SEXES = ["L", "P"] as const;
export const AGE_BANDS = ["LT20", "20_29", "30_39", "40_49", "50_59", "GE60"] as const;
export const EDUCATIONS = ["SD", "SMP", "SMA", "DIPLOMA", "S1", "S2"] as const;
export const OCCUPATIONS = ["PNS", "TNI_POLRI", "SWASTA", "WIRAUSAHA", "PELAJAR", "LAINNYA"] as const;

export type AgeBand = (typeof AGE_BANDS)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

/** Indonesian names of profile codes, for the PDF report and the XLSX tabulation (no request locale there); plain
// ASCII so the PDF's built-in Helvetica (WinAnsi) prints them. */
export const PROFILE_LABELS_ID: Record<string, string> = {
  L: "Laki-laki",
  P: "Perempuan",
  LT20: "Di bawah 20 tahun",
  "20_29": "20-29 tahun",
  "30_39": "30-39 tahun",
  "40_49": "40-49 tahun",
  "50_59": "50-59 tahun",
  GE60: "60 tahun ke atas",
  SD: "SD ke bawah",
  SMP: "SMP",
  SMA: "SMA/SMK",
  DIPLOMA: "D1-D4",
  S1: "S1",
  S2: "S2 ke atas",
  PNS: "PNS",
  TNI_POLRI: "TNI/Polri",
  SWASTA: "Pegawai swasta",
  WIRAUSAHA: "Wirausaha",
  PELAJAR: "Pelajar/mahasiswa",
  LAINNYA: "Lainnya",
};
