// Who may do what with news, as pure functions of the caller and the record.
import type { Actor } from "@/lib/auth/types";

/** Only an admin of the item's own office edits it; a kecamatan's item shown on a kelurahan stays the kecamatan's. */
export function canManageNews(actor: Pick<Actor, "role" | "officeId">, post: { officeId: string }): boolean {
  return actor.role === "ADMIN" && actor.officeId === post.officeId;
}

/** Staff-only items are for the office's own staff (and the kecamatan's items marked for its kelurahan). */
export function canReadStaffNews(actor: Pick<Actor, "role"> | null): boolean {
  return actor !== null && actor.role !== "RESIDENT";
}

/** Offices whose items an office shows: its own, and its parent's when the parent shares them. */
export function newsSourceOffices(office: { id: string; parentId: string | null }) {
  return { own: office.id, parent: office.parentId };
}
