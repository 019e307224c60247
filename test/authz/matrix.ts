// THE authorization matrix (issue 18, item 5): every page, route handler and server action of the
// app × every role → the outcome a user of that role must get. test/authz/discover.ts lists the
// entry points from the source tree; a page, route method or action missing here fails
// test/authz-coverage.integration.test.ts with the exact line to add. Pages and route handlers are
// checked over HTTP against the built app (e2e/authz-matrix.desktop.spec.ts), server actions
// in-process with each role's real actor (test/authz-actions.integration.test.ts).
//
// Records named in `params` are fixtures (test/authz/fixtures.ts): a Pakansari record owned by
// the resident (Siti) and handled by the unit staff's unit (Seksi Pemerintahan).

export const ROLES = [
  "signedOut",
  "resident", // Siti Aminah, Pakansari: owns the fixture records
  "otherResident", // Budi Santoso, same office and KK as Siti: owns none of them
  "unitStaff", // petugas@pakansari: staff of the fixture records' unit
  "otherUnitStaff", // ekbang@pakansari: staff of another unit of the same office
  "otherOfficeStaff", // petugas@tengah
  "supervisor", // lurah@pakansari
  "admin", // admin@pakansari
  "otherOfficeAdmin", // admin@tengah
] as const;
export type RoleName = (typeof ROLES)[number];

/**
 * HTTP outcomes: a status code, "login" (redirected to /masuk), or "redirect:<path>" (elsewhere).
 * A not-found page streamed with status 200 counts as "404" (what the person sees).
 */
export type HttpOutcome = "200" | "400" | "401" | "403" | "404" | "login" | `redirect:${string}`;
export type Expectation = Record<RoleName, HttpOutcome>;

export type HttpEntry = {
  /** Dynamic segments → fixture names (test/authz/fixtures.ts) or literal values ("=value"). */
  params?: Record<string, string>;
  query?: string;
  body?: string;
  expect: Expectation;
};

const residents = ["resident", "otherResident"] as const;
const officeStaff = ["unitStaff", "otherUnitStaff", "supervisor", "admin"] as const;
const allStaff = [...officeStaff, "otherOfficeStaff", "otherOfficeAdmin"] as const;
const signedIn = [...residents, ...allStaff] as const;
const supervisors = ["supervisor"] as const;
const admins = ["admin", "otherOfficeAdmin"] as const;
const leaders = ["supervisor", "admin", "otherOfficeAdmin"] as const;
const registerRoles = ["unitStaff", "otherUnitStaff", "otherOfficeStaff", "admin", "otherOfficeAdmin"] as const; // resident.register

type Roles = readonly RoleName[];

/** Roles in `ok` get `yes`; signed out gets `out`; everyone else `no`. */
export function gate(ok: Roles, { yes = "200", no = "404", out = "login" }: { yes?: HttpOutcome; no?: HttpOutcome; out?: HttpOutcome } = {}): Expectation {
  return Object.fromEntries(ROLES.map((r) => [r, r === "signedOut" ? out : ok.includes(r) ? yes : no])) as Expectation;
}
export const everyone = (o: HttpOutcome = "200"): Expectation => gate([], { no: o, out: o });
/** Overrides a few roles of an expectation. */
export const but = (base: Expectation, over: Partial<Expectation>): Expectation => ({ ...base, ...over });

const home: Record<RoleName, HttpOutcome> = {
  signedOut: "200",
  resident: "redirect:/warga",
  otherResident: "redirect:/warga",
  unitStaff: "redirect:/petugas",
  otherUnitStaff: "redirect:/petugas",
  otherOfficeStaff: "redirect:/petugas",
  supervisor: "redirect:/pimpinan",
  admin: "redirect:/admin",
  otherOfficeAdmin: "redirect:/admin",
};

const residentArea = gate(residents);
const staffArea = gate(allStaff);
const adminArea = gate(admins);

/** Pages (app/**\/page.tsx) by URL pattern. */
export const pages: Record<string, HttpEntry> = {
  // Public
  "/": { expect: everyone() },
  "/antrian/[kantor]": { params: { kantor: "office.slug" }, expect: everyone() },
  "/bantuan": { expect: everyone() },
  "/bantuan/hubungi": { expect: but(everyone(), { resident: "redirect:/warga/percakapan", otherResident: "redirect:/warga/percakapan" }) },
  "/berita": { expect: everyone() },
  "/berita/[kantor]": { params: { kantor: "office.slug" }, expect: everyone() },
  "/berita/[kantor]/[slug]": { params: { kantor: "office.slug", slug: "news.slug" }, expect: everyone() },
  "/kantor/[kantor]": { params: { kantor: "office.slug" }, expect: everyone() },
  "/lacak": { expect: everyone() },
  "/layanan": { expect: everyone() },
  "/layanan/[kantor]": { params: { kantor: "office.slug" }, expect: everyone() },
  "/layanan/[kantor]/[layanan]": { params: { kantor: "office.slug", layanan: "service.slug" }, expect: everyone() },
  "/open311": { expect: everyone() },
  "/pengaduan": { expect: everyone() },
  "/pengaduan/kritik-saran": { expect: everyone() },
  "/statistik": { expect: everyone() },
  "/survei/[token]": { params: { token: "survey.token" }, expect: everyone() },
  "/verifikasi": { expect: everyone() },
  "/verifikasi/[token]": { params: { token: "letter.token" }, expect: everyone() },
  "/tv/[kantor]": { params: { kantor: "office.slug" }, expect: everyone() },
  "/kios/[kantor]": { params: { kantor: "office.slug" }, expect: but(staffArea, { otherOfficeStaff: "404", otherOfficeAdmin: "404" }) },

  // Sign-in and registration
  "/daftar": { expect: home },
  "/masuk": { expect: home },
  "/masuk/lanjut": { expect: but(home, { signedOut: "login" }) },
  "/lupa-sandi": { expect: everyone() },
  "/offline": { expect: everyone() }, // the service worker's page when there is no signal: no personal data
  "/reset-sandi/[token]": { params: { token: "=tidak-ada" }, expect: everyone() },

  // Account (any signed-in role)
  "/notifikasi": { expect: gate(signedIn) },
  "/profil": { expect: gate(signedIn) },
  "/warga/privasi": { expect: residentArea },

  // Residents
  "/warga": { expect: residentArea },
  "/warga/antrian": { expect: residentArea },
  "/warga/antrian/baru": { expect: residentArea },
  "/warga/antrian/[id]": { params: { id: "ticket.resident" }, expect: gate(["resident"]) },
  "/warga/kritik-saran": { expect: residentArea },
  "/warga/lainnya": { expect: residentArea },
  "/warga/pengaduan": { expect: residentArea },
  "/warga/pengaduan/baru": { expect: residentArea },
  "/warga/pengaduan/[id]": { params: { id: "complaint.resident" }, expect: gate(["resident"]) },
  "/warga/percakapan": { expect: residentArea },
  "/warga/percakapan/[id]": { params: { id: "conversation.resident" }, expect: gate(["resident"]) },
  "/warga/permohonan": { expect: residentArea },
  "/warga/permohonan/baru/[serviceId]": { params: { serviceId: "service.id" }, expect: residentArea },
  "/warga/permohonan/[id]": { params: { id: "request.resident" }, expect: gate(["resident"]) },
  "/warga/permohonan/[id]/isi": { params: { id: "request.residentDraft" }, expect: gate(["resident"]) },
  "/warga/permohonan/[id]/untuk-siapa": { params: { id: "request.residentDraft" }, expect: gate(["resident"]) },
  "/warga/survei/[requestId]": { params: { requestId: "request.residentUnrated" }, expect: gate(["resident"]) },

  // Staff (petugas): staff, supervisors and admins of an office
  "/petugas": { expect: staffArea },
  "/petugas/antrian": { expect: staffArea },
  "/petugas/antrian/ambil": { expect: staffArea },
  "/petugas/kritik-saran": { expect: staffArea },
  "/petugas/pengaduan": { expect: staffArea },
  "/petugas/pengaduan/baru": { expect: staffArea },
  // Complaints are office-wide for staff (lib/complaints/policy.ts staffComplaintWhere); acting needs the disposed unit.
  "/petugas/pengaduan/[id]": { params: { id: "complaint.resident" }, expect: gate(officeStaff) },
  "/petugas/percakapan": { expect: staffArea },
  "/petugas/percakapan/jawaban-cepat": { expect: staffArea },
  "/petugas/percakapan/[id]": { params: { id: "conversation.resident" }, expect: gate(["unitStaff", "supervisor", "admin"]) },
  "/petugas/permohonan": { expect: staffArea },
  "/petugas/permohonan/baru": { expect: staffArea },
  "/petugas/permohonan/[id]": { params: { id: "request.resident" }, expect: gate(["unitStaff", "supervisor", "admin"]) },
  "/petugas/permohonan/[id]/tanda-terima": { params: { id: "request.resident" }, expect: gate(["unitStaff", "supervisor", "admin"]) },
  // Letters are office-wide for staff (lib/letters/policy.ts canSeeLetter), like complaints.
  "/petugas/surat/[id]": { params: { id: "letter.id" }, expect: gate(officeStaff) },
  "/petugas/warga": { expect: staffArea },
  "/petugas/warga/[id]": { params: { id: "resident.profile" }, expect: gate(officeStaff) },
  // The register (resident.register: staff and admins; a supervisor reads, does not edit).
  "/petugas/warga/[id]/ubah": { params: { id: "resident.profile" }, expect: gate(["unitStaff", "otherUnitStaff", "admin"]) },
  "/petugas/warga/baru": { expect: gate(registerRoles) },
  "/petugas/warga/impor": { expect: gate(registerRoles) },
  // UNFINISHED: no import fixture yet, so only "an unknown import is a 404 for everyone" is proved.
  "/petugas/warga/impor/[id]": { params: { id: "=unknown-import" }, expect: gate([]) },

  // Supervisors (pimpinan): dashboards for supervisors and admins; approvals for supervisors only
  "/pimpinan": { expect: gate(leaders) },
  "/pimpinan/persetujuan": { expect: gate(supervisors) },
  "/pimpinan/skm": { expect: gate(leaders) },

  // Office admins
  "/admin": { expect: adminArea },
  "/admin/antrian": { expect: adminArea },
  "/admin/audit": { expect: adminArea },
  "/admin/privasi": { expect: adminArea },
  "/admin/berita": { expect: adminArea },
  "/admin/berita/baru": { expect: adminArea },
  "/admin/berita/[id]": { params: { id: "news.id" }, expect: gate(["admin"]) },
  "/admin/berita/[id]/riwayat": { params: { id: "news.id" }, expect: gate(["admin"]) },
  "/admin/hari-libur": { expect: adminArea },
  "/admin/kantor": { expect: adminArea },
  "/admin/kantor/pos-layanan": { expect: adminArea },
  "/admin/kantor/unit": { expect: adminArea },
  "/admin/kategori-pengaduan": { expect: adminArea },
  "/admin/kotak-surat": { expect: adminArea },
  // The offline mailbox (lib/notifications/mailbox.ts, only without SMTP_URL): files on disk, not per office:
  // any office's admin reads every office's mail there (finding, issue 18). Checked with an unknown entry only.
  "/admin/kotak-surat/[id]": { params: { id: "=0-0" }, expect: gate([]) },
  "/admin/layanan": { expect: adminArea },
  "/admin/layanan/baru": { expect: adminArea },
  "/admin/layanan/[id]": { params: { id: "service.id" }, expect: gate(["admin"]) },
  "/admin/layanan/[id]/persyaratan/baru": { params: { id: "service.id" }, expect: gate(["admin"]) },
  "/admin/layanan/[id]/persyaratan/[reqId]": { params: { id: "service.id", reqId: "service.requirement" }, expect: gate(["admin"]) },
  "/admin/layanan/[id]/riwayat": { params: { id: "service.id" }, expect: gate(["admin"]) },
  "/admin/notifikasi-gagal": { expect: adminArea },
  "/admin/open311": { expect: adminArea },
  "/admin/pengaduan-pelapor/[id]": { params: { id: "complaint.anonymous" }, expect: gate(["admin"]) },
  "/admin/pengguna": { expect: adminArea },
  "/admin/pengguna/baru": { expect: adminArea },
  "/admin/pengguna/[id]": { params: { id: "user.unitStaff" }, expect: gate(["admin"]) },
  "/admin/surat": { expect: adminArea },
  "/admin/surat/[serviceId]": { params: { serviceId: "service.id" }, expect: gate(["admin"]) },
  "/admin/survei": { expect: adminArea },
  "/admin/tanya-jawab": { expect: adminArea },
  "/admin/tanya-jawab/baru": { expect: adminArea },
  "/admin/tanya-jawab/[id]": { params: { id: "faq.id" }, expect: gate(["admin"]) },
  "/admin/tanya-jawab/[id]/riwayat": { params: { id: "faq.id" }, expect: gate(["admin"]) },
  "/admin/templat-notifikasi": { expect: adminArea },
};

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Route handlers (app/**\/route.ts) by URL pattern and exported method. */
export const routes: Record<string, Partial<Record<Method, HttpEntry>>> = {
  "/api/antrian/[kantor]/status": { GET: { params: { kantor: "office.slug" }, expect: everyone() } },
  // The live queue stream: public like the status (office id only, no numbers or names).
  "/api/antrian/[kantor]/events": { GET: { params: { kantor: "office.slug" }, expect: everyone() } },
  // The booking form's booking of a slot: residents get "not_found" for an unknown service (404),
  // everyone else the booking action's refusal (queue.book: 403); lib/antrian/booking-route.integration.test.ts books.
  "/api/antrian/pesan/[layanan]/[tanggal]/[jam]": { POST: { params: { layanan: "=x", tanggal: "=2026-01-01", jam: "=08:00" }, body: "{}", expect: gate(residents, { yes: "404", no: "403", out: "403" }) } },
  "/api/antrian/statistik": { GET: { expect: gate(leaders, { out: "404" }) } },
  // The processing log: admins (audit.view); without a valid period it is a 400 for them.
  "/api/admin/log-pemrosesan": { GET: { query: "from=2026-11-01&to=2026-11-30", expect: gate(admins, { out: "404" }) } },
  "/api/residents/import/[id]/errors": { GET: { params: { id: "=unknown-import" }, expect: gate([], { out: "404" }) } },
  "/api/warga/privasi/unduh": { GET: { expect: gate(residents, { out: "404" }) } },
  // A ticket: its resident, and staff of its office (lib/antrian/policy.ts canSeeTicket).
  "/api/antrian/tiket/[id]": { GET: { params: { id: "ticket.resident" }, expect: gate(["resident", ...officeStaff], { out: "404" }) } },
  "/api/auth/[...nextauth]": {
    GET: { params: { nextauth: "=session" }, expect: everyone() },
    // Without Auth.js's CSRF token a sign-out is refused (sent to the sign-in page).
    POST: { params: { nextauth: "=signout" }, expect: everyone("login") },
  },
  "/api/backoffice/export": { GET: { query: "format=csv", expect: gate(allStaff, { out: "404" }) } },
  "/api/complaints/export": { GET: { query: "format=csv", expect: gate(allStaff, { out: "404" }) } },
  "/api/dashboard/export": { GET: { query: "chart=requestStatus", expect: gate(leaders, { out: "404" }) } },
  "/api/files/[id]": { GET: { params: { id: "file.requestAttachment" }, expect: gate(["resident", "unitStaff", "supervisor", "admin"], { out: "404" }) } },
  "/api/health": { GET: { expect: everyone() } },
  // The phone's outbox: without an Idempotency-Key header it is refused before anything else (the
  // session and office checks are the action pipeline's, as for fileComplaintAction).
  "/api/complaints/submit": { POST: { body: "{}", expect: everyone("400") } },
  "/api/feedback/submit": { POST: { body: "{}", expect: everyone("400") } }, // no Idempotency-Key: refused before anything else
  // Multipart only (a JSON body is refused before anything else); who may upload to which request is
  // uploadAttachmentAction's rule, whose cells are in the action matrix.
  "/api/warga/permohonan/[id]/berkas": { POST: { params: { id: "request.residentDraft" }, body: "{}", expect: everyone("400") } },
  // The apply form's send from the phone's outbox: no Idempotency-Key, refused before anything else;
  // who may send which request (residents only, their own, DRAFT or NEEDS_CORRECTION) is
  // lib/requests/outbox.integration.test.ts, against the route itself.
  "/api/warga/permohonan/[id]/kirim": { POST: { params: { id: "request.residentDraft" }, body: "{}", expect: everyone("400") } },
  "/api/letters/[id]/draft": { GET: { params: { id: "letter.id" }, expect: gate(officeStaff, { out: "404" }) } },
  // The fixture letter is still waiting for approval: there is nothing to reprint, for anyone.
  "/api/letters/[id]/reprint": { GET: { params: { id: "letter.id" }, expect: everyone("404") } },
  "/api/events": { GET: { expect: gate(signedIn, { out: "404" }) } },
  "/api/news/[id]/cover": { GET: { params: { id: "news.id" }, expect: everyone("404") } },
  "/api/notifications/push": {
    GET: { expect: everyone() },
    POST: { body: "{}", expect: gate([], { no: "400", out: "401" }) },
    DELETE: { body: "{}", expect: gate([], { no: "400", out: "401" }) },
  },
  "/api/notifications/unread": { GET: { expect: gate(signedIn, { out: "401" }) } },
  "/api/percakapan/[id]/events": { GET: { params: { id: "conversation.resident" }, expect: gate(["resident", "unitStaff", "supervisor", "admin"], { out: "404" }) } },
  "/api/percakapan/[id]/pesan": { GET: { params: { id: "conversation.resident" }, expect: gate(["resident", "unitStaff", "supervisor", "admin"], { out: "404" }) } },
  "/api/percakapan/unread": { GET: { expect: gate(signedIn, { out: "404" }) } },
  "/api/survey/report": { GET: { expect: gate(leaders, { out: "404" }) } },
  "/api/survey/tabulation": { GET: { expect: gate(leaders, { out: "404" }) } },
  // Meta's webhook: the signature (POST) or verify token (GET) is the gate, not a session; the
  // end-to-end server configures neither, so POST is "not configured" and GET refused for all.
  "/api/whatsapp/webhook": { GET: { query: "hub.mode=subscribe&hub.verify_token=x&hub.challenge=1", expect: everyone("403") }, POST: { body: "{}", expect: everyone("404") } },
  "/hemat-data": { POST: { body: "hemat=1", expect: everyone("redirect:/") } },
  "/manifest.webmanifest": { GET: { expect: everyone() } },
  "/sw.js": { GET: { expect: everyone() } },
  "/bahasa": { GET: { query: "ke=id", expect: everyone("redirect:/") }, POST: { body: "ke=id", expect: everyone("redirect:/") } },
  "/berita/[kantor]/feed.xml": { GET: { params: { kantor: "office.slug" }, expect: everyone() } },
  "/notifikasi/buka/[id]": { GET: { params: { id: "notification.resident" }, expect: gate(["resident"], { yes: "redirect:/warga/permohonan" }) } },
  "/open311/v2/[...path]": {
    GET: { params: { path: "=discovery.json" }, expect: everyone() },
    POST: { params: { path: "=requests.json" }, body: "service_code=x", expect: everyone("400") },
  },
};

// ---------------------------------------------------------------------------------------------
// Server actions: "file#exportName" → which roles get past the action's gate. Everyone else must
// get `forbidden` (or, for form actions that return nothing, a redirect to /masuk or a 404).
// `target` names a fixture record: then the roles in `outsiders` must get `not_found` for it,
// and the allowed roles who are not outsiders must get through (not refused, and input accepted:
// so the outsiders' not_found is about the record, not about the arguments).

export type ActionEntry = {
  allow: Roles | "everyone";
  /** A form action that returns nothing: what a refused caller observably gets instead of `forbidden`. */
  refusedAs?: string;
  /** Arguments that point the call at a fixture record: fixture names are resolved, other values kept. */
  target?: { args: (fx: Record<string, string>) => unknown[]; outsiders: Roles };
};

const anyone = "everyone" as const;
const outsideOffice = ["otherOfficeStaff", "otherOfficeAdmin"] as const;
const outsideUnit = ["otherUnitStaff", ...outsideOffice] as const;
const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};

export const actions: Record<string, ActionEntry> = {
  "lib/accounts/actions.ts#changePasswordAction": { allow: signedIn },
  "lib/accounts/actions.ts#loginAction": { allow: anyone },
  "lib/accounts/actions.ts#resetPasswordAction": { allow: anyone },
  "lib/accounts/actions.ts#updateStaffProfileAction": { allow: allStaff },

  "lib/admin/actions.ts#createUserAction": { allow: admins },
  "lib/admin/actions.ts#deleteHolidayAction": { allow: admins },
  "lib/admin/actions.ts#issueResetLinkAction": { allow: admins, target: { args: (fx) => [fx["user.unitStaff"]], outsiders: ["otherOfficeAdmin"] } },
  "lib/admin/actions.ts#saveHolidayAction": { allow: admins },
  "lib/admin/actions.ts#saveServicePointAction": { allow: admins },
  "lib/admin/actions.ts#saveUnitAction": { allow: admins },
  "lib/admin/actions.ts#setServicePointActiveAction": { allow: admins },
  "lib/admin/actions.ts#setUnitActiveAction": { allow: admins },
  "lib/admin/actions.ts#setUserActiveAction": { allow: admins, target: { args: (fx) => [fx["user.unitStaff"], true], outsiders: ["otherOfficeAdmin"] } },
  "lib/admin/actions.ts#updateOfficeAction": { allow: admins },
  "lib/admin/actions.ts#updateOfficeHoursAction": { allow: admins },
  "lib/admin/actions.ts#updateUserAction": { allow: admins },

  "lib/antrian/actions.ts#saveClosureAction": { allow: admins },
  "lib/antrian/actions.ts#addCounterAction": { allow: admins },
  "lib/antrian/actions.ts#bookAction": { allow: residents },
  "lib/antrian/actions.ts#callNextAction": { allow: allStaff },
  "lib/antrian/actions.ts#cancelTicketAction": { allow: residents },
  "lib/antrian/actions.ts#checkInAction": { allow: allStaff },
  "lib/antrian/actions.ts#counterStepAction": { allow: allStaff },
  "lib/antrian/actions.ts#deleteClosureAction": { allow: admins },
  "lib/antrian/actions.ts#deleteScheduleAction": { allow: admins },
  "lib/antrian/actions.ts#saveCounterServicesAction": { allow: admins },
  "lib/antrian/actions.ts#setCounterActiveAction": { allow: admins },
  "lib/antrian/actions.ts#priorityAction": { allow: allStaff },
  "lib/antrian/actions.ts#saveQueueServiceAction": { allow: admins },
  "lib/antrian/actions.ts#saveScheduleAction": { allow: admins },
  "lib/antrian/actions.ts#saveSettingsAction": { allow: admins },
  "lib/antrian/actions.ts#transferAction": { allow: allStaff },
  "lib/antrian/actions.ts#walkInAction": { allow: allStaff },

  "lib/auth/actions.ts#logoutAction": { allow: anyone },

  "lib/requests/actions/staff.ts#assignAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#bulkAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#completeAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#completeOnSpotAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#confirmOtherOfficeResidentAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#handoverAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#correctionAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#lookupResidentAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#noteAction": { allow: allStaff, target: { args: (fx) => [{ id: fx["request.resident"], version: 0, note: "Catatan matriks", internal: true }], outsiders: outsideUnit } },
  "lib/requests/actions/staff.ts#processAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#rejectAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#verifyAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#verifyAndProcessAction": { allow: allStaff },
  "lib/requests/actions/staff.ts#walkInAction": { allow: allStaff },

  "lib/catalogue/actions.ts#moveRequirementAction": { allow: admins },
  "lib/catalogue/actions.ts#saveRequirementAction": { allow: admins },
  "lib/catalogue/actions.ts#saveServiceAction": { allow: admins },
  "lib/catalogue/actions.ts#setRequirementActiveAction": { allow: admins },
  "lib/catalogue/actions.ts#setServiceActiveAction": { allow: admins, target: { args: (fx) => [fx["service.id"], true], outsiders: ["otherOfficeAdmin"] } },

  // Form wrappers return nothing (or redirect with a code): their gate is the wrapped action's.
  "lib/complaints/actions/admin.ts#categoryCommandAction": { allow: admins, refusedAs: "done" },
  "lib/complaints/actions/admin.ts#createCategoryAction": { allow: admins },
  "lib/complaints/actions/admin.ts#renameCategoryAction": { allow: admins },
  "lib/complaints/actions/admin.ts#revealReporterAction": { allow: admins, target: { args: (fx) => [{ id: fx["complaint.anonymous"], reason: "Pemeriksaan matriks otorisasi" }], outsiders: ["otherOfficeAdmin"] } },
  "lib/complaints/actions/resident.ts#confirmComplaintAction": { allow: residents },
  "lib/complaints/actions/resident.ts#fileComplaintAction": { allow: residents },
  "lib/complaints/actions/resident.ts#reopenComplaintAction": { allow: residents },
  "lib/complaints/actions/staff.ts#completeAction": { allow: allStaff },
  "lib/complaints/actions/staff.ts#disposeAction": { allow: allStaff },
  "lib/complaints/actions/staff.ts#followUpAction": { allow: allStaff },
  "lib/complaints/actions/staff.ts#rejectAction": { allow: allStaff },
  "lib/complaints/actions/staff.ts#verifyAction": { allow: allStaff },
  "lib/complaints/actions/staff.ts#walkInAction": { allow: allStaff },

  "lib/conversations/actions.ts#assignAction": { allow: allStaff },
  "lib/conversations/actions.ts#deleteCannedAction": { allow: allStaff },
  "lib/conversations/actions.ts#markReadAction": { allow: signedIn },
  "lib/conversations/actions.ts#saveCannedAction": { allow: allStaff },
  "lib/conversations/actions.ts#sendMessageAction": { allow: signedIn, target: { args: (fx) => [formOf({ conversationId: fx["conversation.resident"], body: "Halo dari matriks" })], outsiders: ["otherResident", ...outsideUnit] } },
  "lib/conversations/actions.ts#setStatusAction": { allow: allStaff },
  "lib/conversations/actions.ts#startHelpAction": { allow: residents },
  "lib/conversations/actions.ts#visitorHelpAction": { allow: anyone },

  "lib/faq/actions.ts#countFaqViewAction": { allow: anyone },
  "lib/faq/actions.ts#saveFaqAction": { allow: admins },
  "lib/faq/actions.ts#voteFaqAction": { allow: anyone },

  "lib/feedback/actions.ts#answerFeedbackAction": { allow: allStaff },
  "lib/feedback/actions.ts#sendFeedbackAction": { allow: residents },
  "lib/feedback/actions.ts#sendPublicFeedbackAction": { allow: anyone },

  "lib/letters/actions.ts#approveLetterAction": { allow: supervisors },
  "lib/letters/actions.ts#checkLetterFileAction": { allow: anyone },
  "lib/letters/actions.ts#generateLetterAction": { allow: allStaff },
  "lib/letters/actions.ts#lookupLetterAction": { allow: anyone },
  "lib/letters/actions.ts#recordLetterViewAction": { allow: anyone },
  "lib/letters/actions.ts#previewTemplateAction": { allow: admins },
  "lib/letters/actions.ts#replaceLetterAction": { allow: leaders },
  "lib/letters/actions.ts#returnLetterAction": { allow: supervisors },
  "lib/letters/actions.ts#revokeLetterAction": { allow: leaders },
  "lib/letters/actions.ts#saveSettingsAction": { allow: admins },
  "lib/letters/actions.ts#saveTemplateAction": { allow: admins },

  "lib/news/actions.ts#deleteNewsAction": { allow: admins, target: { args: (fx) => [{ id: fx["news.id"] }], outsiders: ["otherOfficeAdmin"] } },
  "lib/news/actions.ts#removeNewsCoverAction": { allow: admins },
  "lib/news/actions.ts#saveNewsAction": { allow: admins },
  "lib/news/actions.ts#uploadNewsCoverAction": { allow: admins },

  "lib/notifications/actions.ts#forgotPasswordAction": { allow: anyone },
  "lib/notifications/actions.ts#forgotPasswordForm": { allow: anyone },
  "lib/notifications/actions.ts#markAllReadAction": { allow: signedIn },
  "lib/notifications/actions.ts#markAllReadForm": { allow: signedIn, refusedAs: "done" },
  "lib/notifications/actions.ts#resendAction": { allow: admins },
  "lib/notifications/actions.ts#resendForm": { allow: admins, refusedAs: "redirect:/admin/notifikasi-gagal?error=not_found" },
  "lib/notifications/actions.ts#savePreferencesAction": { allow: signedIn },
  "lib/notifications/actions.ts#savePreferencesForm": { allow: signedIn, refusedAs: "redirect:/profil?notif=error#pemberitahuan" },
  "lib/notifications/actions.ts#saveTemplateAction": { allow: admins },

  "lib/open311/actions.ts#createApiClientAction": { allow: admins },
  "lib/open311/actions.ts#revokeApiClientAction": { allow: admins },

  "lib/requests/actions/resident.ts#changeSubjectAction": { allow: residents, target: { args: (fx) => [null, formOf({ requestId: fx["request.residentDraft"], residentId: fx["resident.profile"], relation: "SELF" })], outsiders: ["otherResident"] } },
  "lib/requests/actions/resident.ts#cancelRequestAction": { allow: residents, target: { args: (fx) => [null, formOf({ requestId: fx["request.residentCancellable"] })], outsiders: ["otherResident"] } },
  "lib/requests/actions/resident.ts#confirmReceiptAction": { allow: residents },
  "lib/requests/actions/resident.ts#discardDraftAction": { allow: residents },
  "lib/requests/actions/resident.ts#removeAttachmentAction": { allow: residents },
  "lib/requests/actions/resident.ts#saveDraftAction": { allow: residents, target: { args: (fx) => [fx["request.residentDraft"], {}], outsiders: ["otherResident"] } },
  "lib/requests/actions/resident.ts#startRequestAction": { allow: residents },
  "lib/requests/actions/resident.ts#uploadAttachmentAction": { allow: residents },

  "lib/residents/actions.ts#nikWarningsAction": { allow: anyone },
  "lib/residents/actions.ts#registerAction": { allow: anyone },
  "lib/residents/actions.ts#saveRegisterEntryAction": { allow: registerRoles },
  "lib/residents/actions.ts#verifyResidentAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#commitImportChunkAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#configureImportAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#fixImportRowAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#startImportCommitAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#undoImportAction": { allow: registerRoles },
  "lib/residents/import/actions.ts#uploadImportAction": { allow: registerRoles },
  "lib/residents/privacy/actions.ts#answerPrivacyRequestAction": { allow: admins },
  "lib/residents/privacy/actions.ts#createPrivacyRequestAction": { allow: residents },
  "lib/residents/actions.ts#updateResidentContactAction": { allow: residents },

  "lib/survey/actions.ts#saveFollowUpPlansAction": { allow: leaders },
  "lib/survey/actions.ts#saveSurveyQuestionsAction": { allow: admins },
  "lib/survey/actions.ts#submitSurveyByTokenAction": { allow: anyone },
  "lib/survey/actions.ts#submitSurveyForRequestAction": { allow: residents },
};
