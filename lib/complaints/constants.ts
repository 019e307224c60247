// Choice lists and limits of complaints, without zod: client components import these without
// pulling a schema library into resident pages (issue 16).
export const CLASSIFICATIONS = ["PENGADUAN", "ASPIRASI", "INFORMASI"] as const;
export const PRIVACIES = ["PUBLIK", "RAHASIA", "ANONIM"] as const;
export const WALK_IN_CHANNELS = ["LOKET", "POS_RW", "WHATSAPP", "LAINNYA"] as const;
export const REJECT_REASONS = ["NOT_RELEVANT", "TOO_GENERAL", "DUPLICATE", "NOT_AUTHORITY"] as const;
export const INSTRUCTIONS = ["TINDAK_LANJUTI", "KOORDINASIKAN", "UNTUK_DIKETAHUI"] as const;
export const TRACK_VALUES = ["INFORMATION", "SIMPLE", "NO_INSPECTION", "FIELD_INSPECTION"] as const;
export const SLA_STATES = ["ON_TRACK", "DUE_SOON", "OVERDUE"] as const;
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
