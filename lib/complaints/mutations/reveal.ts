import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { revealSchema } from "../schema";
import { fail, type Failure } from "./result";
import type { z } from "zod";

export type RevealedReporter = {
  ok: true;
  ticket: string;
  reporter: { name: string; nik: string | null; phone: string | null; email: string | null; address: string | null } | null;
};

/**
 * Shows an admin who filed an Anonim complaint, for verification only. The reveal and its stated
 * reason are written to the audit log in the same transaction, so there is no reveal without a trace.
 */
export async function revealReporter(actor: Actor, input: z.output<typeof revealSchema>): Promise<RevealedReporter | Failure> {
  if (!can(actor.role, "complaint.revealReporter")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findFirst({
      where: { id: input.id, officeId: actor.officeId },
      select: {
        id: true,
        ticket: true,
        privacy: true,
        reporter: { select: { name: true, phone: true, email: true } },
        resident: { select: { fullName: true, nik: true, phone: true, email: true, address: true, rt: true, rw: true } },
      },
    });
    if (!complaint) return fail("not_found");
    await recordAudit(actor, "complaint.reporter_revealed", { type: "Complaint", id: complaint.id }, { ticket: complaint.ticket, privacy: complaint.privacy, reason: input.reason }, tx);
    const { reporter, resident } = complaint;
    if (!reporter && !resident) return { ok: true as const, ticket: complaint.ticket, reporter: null };
    return {
      ok: true as const,
      ticket: complaint.ticket,
      reporter: {
        name: resident?.fullName ?? reporter?.name ?? "",
        nik: resident?.nik ?? null,
        phone: resident?.phone ?? reporter?.phone ?? null,
        email: resident?.email ?? reporter?.email ?? null,
        address: resident ? `${resident.address} RT ${resident.rt}/RW ${resident.rw}` : null,
      },
    };
  });
}
