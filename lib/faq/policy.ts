// Who may do what with FAQ articles.
import type { Actor } from "@/lib/auth/types";

export function canManageFaq(actor: Pick<Actor, "role" | "officeId">, faq: { officeId: string }): boolean {
  return actor.role === "ADMIN" && actor.officeId === faq.officeId;
}

/** One vote per account, or per browser when signed out (an anonymous cookie id). */
export function voterKey(actor: Pick<Actor, "userId"> | null, browserId: string | null): string | null {
  if (actor) return `u:${actor.userId}`;
  return browserId && /^[0-9a-f-]{36}$/.test(browserId) ? `b:${browserId}` : null;
}
