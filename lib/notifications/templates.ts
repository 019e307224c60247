// Built-in wording of every event per channel in Bahasa Indonesia and English; an office may
// override any (event, channel, language) in the admin (notification_templates). Variables are
// written {nama}; an unknown variable is refused when a template is saved.
import { EVENTS, eventSpec, type EventKey } from "./events";

export type TemplateChannel = "INAPP" | "EMAIL" | "SMS" | "WHATSAPP" | "PUSH";
export const TEMPLATE_CHANNELS: TemplateChannel[] = ["INAPP", "EMAIL", "SMS", "WHATSAPP", "PUSH"];
export type Locale = "id" | "en";
export const LOCALES: Locale[] = ["id", "en"];

/** subject: e-mail subject, in-app and push title. short: SMS, WhatsApp, in-app, push. long: e-mail. */
type Wording = { subject: string; short: string; long?: string };

const ID: Record<EventKey, Wording> = {
  "request.submitted": {
    subject: "Permohonan {nomor} diterima",
    short: "{kantor}: permohonan {layanan} Anda diterima dengan nomor {nomor}. Perkiraan selesai {tenggat}. {tautan}",
    long: "Halo {nama},\n\npermohonan {layanan} Anda sudah kami terima dengan nomor {nomor}. Perkiraan selesai: {tenggat}.\n\nAnda dapat melihat perkembangannya di {tautan}",
  },
  "request.correction_requested": {
    subject: "Permohonan {nomor} perlu diperbaiki",
    short: "{kantor}: permohonan {nomor} perlu diperbaiki: {perbaikan}. Buka {tautan}",
    long: "Halo {nama},\n\npermohonan {layanan} nomor {nomor} perlu Anda perbaiki sebelum kami lanjutkan:\n{perbaikan}\n\nPerbaiki lalu kirim ulang di {tautan}",
  },
  "request.verified": {
    subject: "Permohonan {nomor} sudah diverifikasi",
    short: "{kantor}: berkas permohonan {nomor} lengkap dan sudah diverifikasi. {tautan}",
  },
  "request.processing": {
    subject: "Permohonan {nomor} sedang diproses",
    short: "{kantor}: permohonan {nomor} sedang diproses. Perkiraan selesai {tenggat}. {tautan}",
  },
  "request.completed": {
    subject: "Permohonan {nomor} selesai",
    short: "{kantor}: permohonan {nomor} selesai. {hasil} {tautan}",
    long: "Halo {nama},\n\npermohonan {layanan} nomor {nomor} sudah selesai.\n{hasil}\n\nLihat di {tautan}",
  },
  "request.rejected": {
    subject: "Permohonan {nomor} ditolak",
    short: "{kantor}: permohonan {nomor} ditolak. Alasan: {alasan}. {tautan}",
  },
  "request.survey_invitation": {
    subject: "Bagaimana layanan kami?",
    short: "{kantor}: terima kasih. Mohon nilai layanan {layanan} (2 menit): {survei}",
  },
  "request.letter_revoked": {
    subject: "Surat {surat} dicabut",
    short: "{kantor}: surat {surat} untuk permohonan {nomor} dicabut. Alasan: {alasan}. {pengganti}{tautan}",
  },
  "conversation.reply": {
    subject: "Balasan dari {kantor}",
    short: "{kantor} membalas pesan Anda ({perihal}). Baca di {tautan}",
  },
  "queue.reminder": {
    subject: "Besok: antrean {antrean} di {kantor}",
    short: "{kantor}: pengingat kunjungan {tanggal} pukul {jam}, nomor antrean {antrean} ({layanan}). Tunjukkan tiket di loket. {tautan}",
  },
  "queue.almost_turn": {
    subject: "Antrean {antrean}: sebentar lagi giliran Anda",
    short: "{kantor}: 3 nomor lagi sebelum giliran antrean {antrean} ({layanan}). Mohon bersiap di ruang tunggu. {tautan}",
  },
  "complaint.received": {
    subject: "Pengaduan {tiket} diterima",
    short: "{kantor}: pengaduan Anda diterima dengan tiket {tiket}. Pantau di {tautan}",
  },
  "complaint.verified": {
    subject: "Pengaduan {tiket} diverifikasi",
    short: "{kantor}: pengaduan {tiket} diverifikasi dan ditangani paling lambat {tenggat}. {tautan}",
  },
  "complaint.disposed": {
    subject: "Pengaduan {tiket} diteruskan",
    short: "{kantor}: pengaduan {tiket} diteruskan ke {unit} untuk ditindaklanjuti. {tautan}",
  },
  "complaint.followed_up": {
    subject: "Pengaduan {tiket} ditindaklanjuti",
    short: "{kantor}: ada tindak lanjut atas pengaduan {tiket}. {tautan}",
  },
  "complaint.completed": {
    subject: "Pengaduan {tiket} selesai",
    short: "{kantor}: pengaduan {tiket} selesai. Mohon konfirmasi hasilnya dalam 14 hari. {tautan}",
  },
  "complaint.rejected": {
    subject: "Pengaduan {tiket} tidak dapat diproses",
    short: "{kantor}: pengaduan {tiket} tidak dapat diproses: {alasan}. {tautan}",
  },
  "work.request_assigned": {
    subject: "Tugas baru: {nomor}",
    short: "Permohonan {nomor} ({layanan}) ditugaskan kepada Anda. Tenggat {tenggat}. {tautan}",
  },
  "work.complaint_assigned": {
    subject: "Disposisi pengaduan {tiket}",
    short: "Pengaduan {tiket} \"{judul}\" didisposisikan ke unit Anda. Tenggat {tenggat}. {tautan}",
  },
  "work.due_soon": {
    subject: "Segera jatuh tempo: {nomor}",
    short: "{nomor} ({layanan}) jatuh tempo {tenggat}. {tautan}",
  },
  "work.overdue": {
    subject: "Lewat tenggat: {nomor}",
    short: "{nomor} ({layanan}) melewati tenggat {tenggat}. {tautan}",
  },
  "work.overdue_escalation": {
    subject: "Eskalasi: {nomor} lewat tenggat",
    short: "{nomor} ({layanan}) melewati tenggat {tenggat}. Penanggung jawab: {petugas}. {tautan}",
  },
  "work.privacy_request": {
    subject: "Permintaan data pribadi: {jenis}",
    short: "Warga mengajukan permintaan data pribadi ({jenis}). Jawab paling lambat {tenggat} (3 × 24 jam). {tautan}",
  },
  "work.privacy_overdue": {
    subject: "Eskalasi: permintaan data pribadi lewat 3 × 24 jam",
    short: "Permintaan data pribadi warga ({jenis}) belum dijawab sampai {tenggat}. Mohon tindak lanjut. {tautan}",
  },
  "account.password_reset": {
    subject: "Atur ulang kata sandi",
    short: "{kantor}: tautan atur ulang kata sandi Anda (berlaku sampai {berlaku}): {tautan} Abaikan bila Anda tidak memintanya.",
    long: "Halo {nama},\n\nkami menerima permintaan atur ulang kata sandi akun Layanan Warga Anda. Buka tautan ini (berlaku sampai {berlaku}):\n{tautan}\n\nBila Anda tidak memintanya, abaikan pesan ini; kata sandi Anda tidak berubah.",
  },
  "account.staff_invitation": {
    subject: "Akun petugas {kantor}",
    short: "Akun petugas Anda di {kantor} sudah dibuat. Atur kata sandi (berlaku sampai {berlaku}): {tautan}",
    long: "Halo {nama},\n\nakun petugas Anda di {kantor} sudah dibuat. Atur kata sandi Anda melalui tautan ini (berlaku sampai {berlaku}):\n{tautan}",
  },
};

const EN: Record<EventKey, Wording> = {
  "request.submitted": {
    subject: "Request {nomor} received",
    short: "{kantor}: your {layanan} request was received as {nomor}. Expected by {tenggat}. {tautan}",
    long: "Hello {nama},\n\nwe received your {layanan} request, number {nomor}. Expected completion: {tenggat}.\n\nFollow its progress at {tautan}",
  },
  "request.correction_requested": {
    subject: "Request {nomor} needs a correction",
    short: "{kantor}: request {nomor} needs a correction: {perbaikan}. Open {tautan}",
    long: "Hello {nama},\n\nyour {layanan} request {nomor} needs a correction before we continue:\n{perbaikan}\n\nFix it and resubmit at {tautan}",
  },
  "request.verified": { subject: "Request {nomor} verified", short: "{kantor}: the documents of request {nomor} are complete and verified. {tautan}" },
  "request.processing": { subject: "Request {nomor} in progress", short: "{kantor}: request {nomor} is being processed. Expected by {tenggat}. {tautan}" },
  "request.completed": {
    subject: "Request {nomor} completed",
    short: "{kantor}: request {nomor} is completed. {hasil} {tautan}",
    long: "Hello {nama},\n\nyour {layanan} request {nomor} is completed.\n{hasil}\n\nSee it at {tautan}",
  },
  "request.rejected": { subject: "Request {nomor} rejected", short: "{kantor}: request {nomor} was rejected. Reason: {alasan}. {tautan}" },
  "request.survey_invitation": { subject: "How did we do?", short: "{kantor}: thank you. Please rate the {layanan} service (2 minutes): {survei}" },
  "request.letter_revoked": { subject: "Letter {surat} revoked", short: "{kantor}: letter {surat} for request {nomor} was revoked. Reason: {alasan}. {pengganti}{tautan}" },
  "conversation.reply": { subject: "A reply from {kantor}", short: "{kantor} replied to your message ({perihal}). Read it at {tautan}" },
  "queue.reminder": { subject: "Tomorrow: queue {antrean} at {kantor}", short: "{kantor}: reminder of your visit on {tanggal} at {jam}, queue number {antrean} ({layanan}). Show the ticket at the counter. {tautan}" },
  "queue.almost_turn": { subject: "Queue {antrean}: your turn is near", short: "{kantor}: 3 numbers to go before queue number {antrean} ({layanan}). Please be ready in the waiting room. {tautan}" },
  "complaint.received": { subject: "Complaint {tiket} received", short: "{kantor}: your complaint was received as ticket {tiket}. Track it at {tautan}" },
  "complaint.verified": { subject: "Complaint {tiket} verified", short: "{kantor}: complaint {tiket} is verified and will be handled by {tenggat}. {tautan}" },
  "complaint.disposed": { subject: "Complaint {tiket} forwarded", short: "{kantor}: complaint {tiket} was forwarded to {unit} for follow-up. {tautan}" },
  "complaint.followed_up": { subject: "Complaint {tiket} followed up", short: "{kantor}: there is a follow-up on complaint {tiket}. {tautan}" },
  "complaint.completed": { subject: "Complaint {tiket} completed", short: "{kantor}: complaint {tiket} is completed. Please confirm the result within 14 days. {tautan}" },
  "complaint.rejected": { subject: "Complaint {tiket} cannot be processed", short: "{kantor}: complaint {tiket} cannot be processed: {alasan}. {tautan}" },
  "work.request_assigned": { subject: "New task: {nomor}", short: "Request {nomor} ({layanan}) was assigned to you. Due {tenggat}. {tautan}" },
  "work.complaint_assigned": { subject: "Complaint {tiket} disposed", short: "Complaint {tiket} \"{judul}\" was disposed to your unit. Due {tenggat}. {tautan}" },
  "work.due_soon": { subject: "Due soon: {nomor}", short: "{nomor} ({layanan}) is due {tenggat}. {tautan}" },
  "work.overdue": { subject: "Overdue: {nomor}", short: "{nomor} ({layanan}) passed its deadline {tenggat}. {tautan}" },
  "work.overdue_escalation": { subject: "Escalation: {nomor} overdue", short: "{nomor} ({layanan}) passed its deadline {tenggat}. Handled by: {petugas}. {tautan}" },
  "work.privacy_request": { subject: "Personal data request: {jenis}", short: "A resident made a personal data request ({jenis}). Answer by {tenggat} (3 × 24 hours). {tautan}" },
  "work.privacy_overdue": { subject: "Escalation: personal data request past 3 × 24 hours", short: "A resident's personal data request ({jenis}) was not answered by {tenggat}. Please follow up. {tautan}" },
  "account.password_reset": {
    subject: "Reset your password",
    short: "{kantor}: your password reset link (valid until {berlaku}): {tautan} Ignore this if you did not ask for it.",
    long: "Hello {nama},\n\nwe received a request to reset the password of your Layanan Warga account. Open this link (valid until {berlaku}):\n{tautan}\n\nIf you did not ask for it, ignore this message; your password stays the same.",
  },
  "account.staff_invitation": {
    subject: "Your staff account at {kantor}",
    short: "Your staff account at {kantor} was created. Set your password (valid until {berlaku}): {tautan}",
    long: "Hello {nama},\n\nyour staff account at {kantor} was created. Set your password with this link (valid until {berlaku}):\n{tautan}",
  },
};

const DEFAULTS: Record<Locale, Record<EventKey, Wording>> = { id: ID, en: EN };

export type Template = { subject: string | null; body: string };

/** The built-in template of an event on a channel. */
export function defaultTemplate(event: EventKey, channel: TemplateChannel, locale: string): Template {
  const w = DEFAULTS[locale === "en" ? "en" : "id"][event];
  switch (channel) {
    case "EMAIL":
      return { subject: w.subject, body: w.long ?? `${locale === "en" ? "Hello" : "Halo"} {nama},\n\n${w.short}` };
    case "INAPP":
    case "PUSH":
      return { subject: w.subject, body: stripLink(w.short) };
    default:
      return { subject: null, body: w.short };
  }
}

/** In the bell the record is one tap away: the trailing {tautan} is left out of the text. */
function stripLink(text: string): string {
  return text.replace(/\s*(Buka|Open|Pantau di|Track it at|Lihat di|See it at)?\s*\{tautan\}\.?\s*$/, "").trim();
}

const VAR = /\{([a-z_]+)\}/g;

/** The variables a template uses. */
export function variablesOf(text: string): string[] {
  return [...text.matchAll(VAR)].map((m) => m[1]);
}

/** Variables a template of this event uses that the event does not provide (refused at save). */
export function unknownVariables(event: string, texts: (string | null | undefined)[]): string[] {
  const spec = eventSpec(event);
  const allowed = new Set<string>(spec?.vars ?? []);
  const unknown = new Set<string>();
  for (const text of texts) for (const v of variablesOf(text ?? "")) if (!allowed.has(v)) unknown.add(v);
  return [...unknown];
}

/** Fills {variables}; a variable without a value becomes empty (never the raw "{x}"). */
export function render(text: string, vars: Record<string, string | null | undefined>): string {
  return text.replace(VAR, (_, name: string) => vars[name] ?? "").replace(/[ \t]{2,}/g, " ").trim();
}

export function allowedVariables(event: EventKey): readonly string[] {
  return EVENTS[event].vars;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The HTML part of an e-mail: the same text as paragraphs, links clickable, one plain layout. */
export function emailHtml(subject: string, text: string, office: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, "<br>").replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1" style="color:#1d4ed8">$1</a>')}</p>`)
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0;background:#f1f5f9;font-family:Arial,sans-serif;color:#0f172a"><div style="max-width:560px;margin:0 auto;padding:24px"><div style="background:#fff;border-radius:8px;padding:24px;font-size:16px;line-height:1.5"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>${paragraphs}</div><p style="font-size:12px;color:#64748b;margin:16px 0 0">${escapeHtml(office)} · Layanan Warga</p></div></body></html>`;
}
