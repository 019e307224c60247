import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { canTransition, type RequestAction } from "@/lib/requests/workflow";
import { fail, type Failure } from "@/lib/requests/staff-result";
import { loadForAction } from "./act";

/**
 * The same scope, version and transition checks an action will make, without writing: lets a
 * caller refuse before it stores an uploaded file. The action still re-checks inside its transaction.
 */
export async function checkBeforeUpload(actor: Actor, target: { id: string; version: number }, action: RequestAction): Promise<{ ok: true } | Failure> {
  const loaded = await loadForAction(db, actor, target);
  if (!loaded.ok) return loaded;
  if (!canTransition(action, loaded.request.status)) return fail("invalid_transition");
  return { ok: true };
}
