// Records the HTTP matrix points its dynamic URLs at, read from (or, where the demo data has
// none, added to) the seeded end-to-end database. Every record belongs to Kelurahan Pakansari;
// the resident's records are Siti Aminah's and handled by Seksi Pemerintahan (PEM), the unit
// staff's unit. Plain SQL through `pg` (the spec runs outside Next, without the Prisma client).
import crypto from "node:crypto";
import type pg from "pg";

const SITI = "3201014506900002";
const PAKANSARI = "kelurahan-pakansari";

const one = async (client: pg.Client, sql: string, params: unknown[] = []): Promise<string> => {
  const { rows } = await client.query(sql, params);
  if (!rows[0]) throw new Error(`authz fixture query found nothing: ${sql}`);
  return String(Object.values(rows[0])[0]);
};

const id = () => `authz${crypto.randomBytes(10).toString("hex")}`;

export async function loadFixtures(client: pg.Client): Promise<Record<string, string>> {
  const office = await one(client, "SELECT id FROM offices WHERE slug = $1", [PAKANSARI]);
  const siti = await client.query("SELECT p.id AS profile, p.user_id AS user FROM resident_profiles p WHERE p.nik = $1", [SITI]);
  const { profile, user } = siti.rows[0] as { profile: string; user: string };
  const request = await one(
    client,
    `SELECT r.id FROM service_requests r JOIN services s ON s.id = r.service_id JOIN units u ON u.id = r.unit_id
     WHERE r.office_id = $1 AND r.resident_id = $2 AND u.code = 'PEM' AND r.status <> 'DRAFT' ORDER BY r.created_at LIMIT 1`,
    [office, profile],
  );
  const fx: Record<string, string> = {
    "office.slug": PAKANSARI,
    "service.slug": "surat-keterangan-domisili",
    "service.id": await one(client, "SELECT id FROM services WHERE office_id = $1 AND slug = 'surat-keterangan-domisili'", [office]),
    "request.resident": request,
    "request.residentDraft": await one(client, "SELECT id FROM service_requests WHERE resident_id = $1 AND status = 'DRAFT' ORDER BY created_at LIMIT 1", [profile]),
    "request.residentUnrated": "seed-skm-siti-selesai",
    "complaint.resident": await one(
      client,
      `SELECT c.id FROM complaints c JOIN units u ON u.id = c.unit_id WHERE c.office_id = $1 AND c.resident_id = $2 AND u.code = 'PEM' ORDER BY c.created_at LIMIT 1`,
      [office, profile],
    ),
    "complaint.anonymous": await one(client, "SELECT id FROM complaints WHERE office_id = $1 AND privacy = 'ANONIM' AND reporter_id IS NOT NULL ORDER BY created_at LIMIT 1", [office]),
    "resident.profile": profile,
    "user.unitStaff": await one(client, "SELECT id FROM users WHERE email = 'petugas@pakansari.go.id'"),
    "news.id": await one(client, "SELECT id FROM news_posts WHERE office_id = $1 AND status = 'PUBLISHED' AND cover_file_id IS NULL ORDER BY created_at LIMIT 1", [office]),
    "news.slug": await one(client, "SELECT slug FROM news_posts WHERE office_id = $1 AND status = 'PUBLISHED' AND visibility = 'PUBLIC' AND (expire_at IS NULL OR expire_at > now()) AND publish_at < now() ORDER BY created_at LIMIT 1", [office]),
    "faq.id": await one(client, "SELECT id FROM faq_articles WHERE office_id = $1 ORDER BY created_at LIMIT 1", [office]),
    "feedback.id": await one(client, "SELECT id FROM feedback WHERE office_id = $1 ORDER BY created_at LIMIT 1", [office]),
    "service.requirement": await one(client, "SELECT r.id FROM service_requirements r JOIN services s ON s.id = r.service_id WHERE s.office_id = $1 AND s.slug = 'surat-keterangan-domisili' ORDER BY r.position LIMIT 1", [office]),
    "file.requestAttachment": await one(client, "SELECT file_id FROM request_attachments WHERE request_id = $1 LIMIT 1", [request]),
    "survey.token": "demoTautanSurvei0002ab",
    // A FINAL letter's token needs its rendered, hashed PDF (lib/letters): the verification page
    // is public anyway, so an unknown token (the "not found" answer, status 200) is what is proved.
    "letter.token": "authz-no-such-token",
  };

  // A letter waiting for the Lurah's approval on one of the resident's requests whose service has a
  // letter template (the demo data issues none).
  const target = await client.query(
    `SELECT r.id AS request, t.id AS template FROM service_requests r JOIN letter_templates t ON t.service_id = r.service_id
     WHERE r.office_id = $1 AND r.resident_id = $2 AND r.status <> 'DRAFT' ORDER BY r.created_at LIMIT 1`,
    [office, profile],
  );
  if (!target.rows[0]) throw new Error("authz fixture: no request of the resident has a letter template");
  const { request: letterRequest, template } = target.rows[0] as { request: string; template: string };
  const content = {
    kop: { government: "PEMERINTAH KABUPATEN BOGOR", parent: "KECAMATAN CIBINONG", name: "KELURAHAN PAKANSARI", address: "Jl. Raya Pakansari No. 1", contacts: null, logoFileId: null },
    title: "SURAT KETERANGAN DOMISILI",
    paragraphs: ["Yang bertanda tangan di bawah ini menerangkan bahwa Siti Aminah berdomisili di Jl. Melati No. 7."],
    place: "Cibinong",
    signer: { position: "Lurah Pakansari", name: "Drs. Hendra Wijaya", nip: null },
    qrPlacement: "RIGHT",
  };
  fx["letter.id"] = id();
  await client.query(
    `INSERT INTO letters (id, office_id, service_id, request_id, template_id, status, content, subject_name, subject_nik, signer_name, signer_position, updated_at)
     SELECT $1, r.office_id, r.service_id, r.id, $3, 'PENDING_APPROVAL', $4::jsonb, 'Siti Aminah', $5, 'Drs. Hendra Wijaya', 'Lurah Pakansari', now() FROM service_requests r WHERE r.id = $2`,
    [fx["letter.id"], letterRequest, template, JSON.stringify(content), SITI],
  );

  // Not in the demo data: a conversation on the request, a notification and a queue booking of Siti's.
  const unit = await one(client, "SELECT unit_id FROM service_requests WHERE id = $1", [request]);
  const existing = await client.query("SELECT id FROM conversations WHERE request_id = $1", [request]);
  fx["conversation.resident"] = existing.rows[0]?.id ?? id();
  if (!existing.rows[0]) {
    await client.query(
      `INSERT INTO conversations (id, office_id, kind, request_id, resident_user_id, unit_id, updated_at) VALUES ($1, $2, 'REQUEST', $3, $4, $5, now())`,
      [fx["conversation.resident"], office, request, user, unit],
    );
  }
  fx["notification.resident"] = id();
  await client.query(
    `INSERT INTO notifications (id, office_id, user_id, event, dedupe_key, link, target_type, target_id) VALUES ($1, $2, $3, 'request.verified', $1, $4, 'request', $5)`,
    [fx["notification.resident"], office, user, `/warga/permohonan/${request}`, request],
  );
  const queueService = await one(client, "SELECT id FROM queue_services WHERE office_id = $1 ORDER BY created_at LIMIT 1", [office]);
  fx["ticket.resident"] = id();
  await client.query(
    `INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, resident_id, updated_at)
     VALUES ($1, $2, $3, (now() AT TIME ZONE 'Asia/Jakarta')::date + 30, $4::int, 'Z-' || $4::text, $5, 'BOOKING', 'BOOKED', $6, now())`,
    [fx["ticket.resident"], office, queueService, 900 + crypto.randomInt(99), crypto.randomBytes(4).toString("hex").toUpperCase(), profile],
  );
  return fx;
}
