import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { BulkInput } from "@/lib/requests/staff-schema";
import { fail, type MutationResult } from "@/lib/requests/staff-result";
import { assignRequest, rejectRequest, startProcessing, verifyRequest } from "./workflow";

export type BulkRowResult = { id: string; result: MutationResult };

/**
 * Applies one action to each selected row in its own transaction, so that one stale or invalid row
 * does not undo the others; every row reports its own outcome.
 */
export async function runBulk(actor: Actor, input: BulkInput): Promise<{ ok: true; results: BulkRowResult[] } | ReturnType<typeof fail>> {
  if (input.action === "reject" && (!input.reason || input.reason.length < 10)) {
    return fail("invalid_input", { reason: "reason_too_short" });
  }
  if (input.action === "assign" && input.assigneeId === undefined) return fail("invalid_input", { assigneeId: "required" });
  const results: BulkRowResult[] = [];
  // Sequential on purpose: a bulk action is at most a few hundred rows and must not starve the pool.
  for (const item of input.items) {
    let result: MutationResult;
    switch (input.action) {
      case "assign":
        result = await assignRequest(actor, { ...item, assigneeId: input.assigneeId ?? null });
        break;
      case "verify":
        result = await verifyRequest(actor, { ...item, note: undefined });
        break;
      case "process":
        result = await startProcessing(actor, { ...item, note: undefined });
        break;
      case "reject":
        result = await rejectRequest(actor, { ...item, reason: input.reason! });
        break;
    }
    results.push({ id: item.id, result });
  }
  return { ok: true, results };
}
