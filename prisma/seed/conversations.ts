// Demo conversations, so a new staff member's inbox is not empty: a WhatsApp question from a
// visitor at Kelurahan Pakansari (answered, receipts shown; read by its staff, so the badges start
// at zero) and an open, unanswered help question from Ahmad at Kelurahan Tengah. Idempotent: keyed
// by the WhatsApp message id.
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";

const MIN = 60 * 1000;

export async function seedConversations(db: SeedDb, ctx: SeedContext, now = new Date()) {
  if (await db.conversationMessage.findUnique({ where: { waMessageId: "wamid.demo-joko-1" } })) return;
  const P = ctx.offices.pakansari.id;
  const asked = new Date(now.getTime() - 95 * MIN);
  const answered = new Date(now.getTime() - 80 * MIN);
  const joko = await db.conversation.create({
    data: {
      officeId: P, kind: "HELP", channel: "WHATSAPP", waPhone: "085700001234", visitorName: "Joko Susanto", visitorContact: "085700001234",
      subject: "Syarat surat pindah", status: "OPEN", assigneeId: ctx.users.petugas, lastMessageAt: answered, lastResidentMessageAt: asked,
      lastStaffMessageAt: answered, firstResponseDueAt: new Date(asked.getTime() + 4 * 60 * MIN), firstRespondedAt: answered, createdAt: asked,
      messages: {
        create: [
          { authorKind: "VISITOR", body: "Selamat pagi, syarat surat keterangan pindah apa saja ya? Untuk satu keluarga.", waMessageId: "wamid.demo-joko-1", createdAt: asked },
          {
            authorKind: "STAFF", authorId: ctx.users.petugas, body: "Selamat pagi Pak Joko. Bawa KK asli, KTP-el semua anggota yang pindah, dan surat pengantar RT/RW. Bisa juga diajukan daring di menu Layanan.",
            waMessageId: "wamid.demo-joko-2", waStatus: "read", waStatusAt: new Date(answered.getTime() + 3 * MIN), createdAt: answered,
          },
        ],
      },
    },
    select: { id: true },
  });
  const staff = await db.user.findMany({ where: { officeId: P, role: { not: "RESIDENT" } }, select: { id: true } });
  await db.conversationRead.createMany({ data: staff.map((s) => ({ conversationId: joko.id, userId: s.id, lastReadAt: now })), skipDuplicates: true });

  const T = ctx.offices.tengah.id;
  const at = new Date(now.getTime() - 30 * MIN);
  await db.conversation.create({
    data: {
      officeId: T, kind: "HELP", residentUserId: ctx.residents.ahmad.userId, subject: "Kantor buka hari Sabtu?", lastMessageAt: at, lastResidentMessageAt: at,
      firstResponseDueAt: new Date(at.getTime() + 4 * 60 * MIN), createdAt: at,
      messages: { create: [{ authorKind: "RESIDENT", authorId: ctx.residents.ahmad.userId, body: "Apakah kantor kelurahan buka hari Sabtu untuk perekaman KTP-el?", createdAt: at }] },
    },
  });
}
