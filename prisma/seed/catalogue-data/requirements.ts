// Building blocks of the seeded Standar Pelayanan: requirement documents and fields that recur
// across kelurahan letters, worded the way offices publish them.

export type SeedRequirement = {
  kind: "DOCUMENT" | "FIELD";
  code: string;
  label: string;
  description?: string;
  required?: boolean;
  fieldType?: "TEXT" | "TEXTAREA" | "NUMBER" | "MONEY" | "DATE" | "CHOICE" | "NIK";
  options?: string[];
  acceptTypes?: string[];
  maxSizeKb?: number;
  example?: string;
};

const IMG = ["image/jpeg", "image/png"];
const IMG_PDF = ["image/jpeg", "image/png", "application/pdf"];

export const doc = (code: string, label: string, extra: Partial<SeedRequirement> = {}): SeedRequirement => ({
  kind: "DOCUMENT",
  code,
  label,
  acceptTypes: IMG_PDF,
  maxSizeKb: 5120,
  ...extra,
});

export const field = (code: string, label: string, fieldType: SeedRequirement["fieldType"], extra: Partial<SeedRequirement> = {}): SeedRequirement => ({
  kind: "FIELD",
  code,
  label,
  fieldType,
  ...extra,
});

export const pengantarRtRw = doc("pengantar_rt_rw", "Surat pengantar RT/RW", {
  description: "Surat pengantar dari Ketua RT dan Ketua RW tempat tinggal, bertanda tangan dan berstempel.",
  example: "Foto atau pindaian surat pengantar yang terbaca jelas, seluruh halaman.",
});
export const ktp = doc("fotokopi_ktp", "Fotokopi KTP-el pemohon", {
  description: "KTP elektronik yang masih berlaku.",
  example: "Foto KTP-el bagian depan, tidak buram dan tidak terpotong.",
});
export const kk = doc("fotokopi_kk", "Fotokopi Kartu Keluarga (KK)", {
  description: "Kartu Keluarga terbaru tempat pemohon tercatat.",
  example: "Foto atau pindaian seluruh lembar KK.",
});
export const pasFoto2x3 = doc("pas_foto_2x3", "Pas foto 2x3", {
  acceptTypes: IMG,
  maxSizeKb: 2048,
  description: "Pas foto berwarna terbaru, latar belakang merah atau biru.",
  example: "Foto wajah menghadap depan; bisa diambil langsung dengan kamera ponsel di depan dinding polos.",
});
export const tandaTangan = doc("scan_tanda_tangan", "Scan tanda tangan", {
  acceptTypes: IMG,
  maxSizeKb: 1024,
  required: false,
  description: "Tanda tangan pemohon dengan tinta hitam di atas kertas putih polos.",
  example: "Foto tanda tangan dari dekat, kertas memenuhi gambar.",
});
export const keperluan = field("keperluan", "Keperluan surat", "TEXT", {
  description: "Untuk apa surat ini digunakan, misalnya persyaratan melamar kerja atau membuka rekening bank.",
});
