// The catalogue of notification events: who they are for, which preference category governs
// them, whether they are mandatory, and which template variables they carry.

export type EventCategory = "requests" | "complaints" | "work" | "account";
export const CATEGORIES: EventCategory[] = ["requests", "complaints", "work", "account"];
export const RESIDENT_CATEGORIES: EventCategory[] = ["requests", "complaints"];

type EventSpec = {
  category: EventCategory;
  /** Mandatory events ignore preferences (password resets, invitations). */
  mandatory?: boolean;
  /** Sent through SMS/WhatsApp even in quiet hours. */
  ignoresQuietHours?: boolean;
  vars: readonly string[];
};

const COMMON = ["nama", "tautan", "kantor"] as const;

export const EVENTS = {
  "request.submitted": { category: "requests", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "request.correction_requested": { category: "requests", vars: [...COMMON, "nomor", "layanan", "perbaikan"] },
  "request.verified": { category: "requests", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "request.processing": { category: "requests", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "request.completed": { category: "requests", vars: [...COMMON, "nomor", "layanan", "hasil"] },
  "request.rejected": { category: "requests", vars: [...COMMON, "nomor", "layanan", "alasan"] },
  "request.survey_invitation": { category: "requests", vars: [...COMMON, "nomor", "layanan", "survei"] },
  "complaint.received": { category: "complaints", vars: [...COMMON, "tiket", "judul"] },
  "complaint.verified": { category: "complaints", vars: [...COMMON, "tiket", "judul", "tenggat"] },
  "complaint.disposed": { category: "complaints", vars: [...COMMON, "tiket", "judul", "unit"] },
  "complaint.followed_up": { category: "complaints", vars: [...COMMON, "tiket", "judul"] },
  "complaint.completed": { category: "complaints", vars: [...COMMON, "tiket", "judul"] },
  "complaint.rejected": { category: "complaints", vars: [...COMMON, "tiket", "judul", "alasan"] },
  "request.letter_revoked": { category: "requests", vars: [...COMMON, "nomor", "layanan", "surat", "alasan", "pengganti"] },
  "conversation.reply": { category: "requests", vars: [...COMMON, "perihal"] },
  "queue.almost_turn": { category: "requests", vars: [...COMMON, "antrean", "layanan"] },
  "queue.reminder": { category: "requests", vars: [...COMMON, "antrean", "layanan", "tanggal", "jam"] },
  "work.request_assigned": { category: "work", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "work.complaint_assigned": { category: "work", vars: [...COMMON, "tiket", "judul", "tenggat"] },
  "work.due_soon": { category: "work", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "work.overdue": { category: "work", vars: [...COMMON, "nomor", "layanan", "tenggat"] },
  "work.overdue_escalation": { category: "work", vars: [...COMMON, "nomor", "layanan", "tenggat", "petugas"] },
  /** A resident's data-subject request (UU 27/2022) reached the office admin; answer within 72 hours. */
  "work.privacy_request": { category: "work", vars: [...COMMON, "jenis", "tenggat"] },
  "work.privacy_overdue": { category: "work", vars: [...COMMON, "jenis", "tenggat"] },
  "account.password_reset": { category: "account", mandatory: true, ignoresQuietHours: true, vars: [...COMMON, "berlaku"] },
  "account.staff_invitation": { category: "account", mandatory: true, vars: [...COMMON, "berlaku"] },
} as const satisfies Record<string, EventSpec>;

export type EventKey = keyof typeof EVENTS;
export const EVENT_KEYS = Object.keys(EVENTS) as EventKey[];

export function eventSpec(key: string): EventSpec | null {
  return (EVENTS as Record<string, EventSpec>)[key] ?? null;
}

export function isEventKey(key: string): key is EventKey {
  return key in EVENTS;
}
