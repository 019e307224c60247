"use server";

import { action } from "@/lib/action";
import { bookTicket, cancelTicket } from "./mutations/booking";
import { checkIn, issueWalkIn, setPriority } from "./mutations/checkin";
import { callNext, counterStep, transferTicket } from "./mutations/counter";
import { addCounter, deleteClosure, deleteSchedule, saveClosure, saveQueueService, saveSchedule, saveSettings, setCounterActive, setCounterServices } from "./mutations/admin";
import {
  bookSchema, checkInSchema, closureSchema, counterActiveSchema, counterAdminSchema, counterSchema, counterServicesSchema, counterTicketSchema, PRIORITIES, queueServiceSchema,
  scheduleSchema, settingsSchema, ticketIdSchema, transferSchema, walkInSchema,
} from "./schema";
import { z } from "zod";

// Resident ─────────────────────────────────────────────

export const bookAction = action(
  // Generous per account: the 07:00 rush retries, but a script hammering one account stops.
  // Nothing to revalidate: it is called from a route handler (app/api/antrian/pesan/…), where
  // revalidatePath cannot reach the browser's router cache, and the pages it would name are
  // rendered per request (no cached data); the form then opens the new ticket's page.
  { permission: "queue.book", schema: bookSchema, rateLimit: { name: "queue-book", limit: 20, windowSeconds: 60, by: "actor" } },
  async ({ actor, input }) => bookTicket(actor, input),
);

export const cancelTicketAction = action(
  { permission: "queue.book", schema: ticketIdSchema, revalidate: (i) => ["/warga/antrian", `/warga/antrian/${i.id}`] },
  async ({ actor, input }) => cancelTicket(actor, input.id),
);

// Staff ────────────────────────────────────────────────

export const checkInAction = action({ permission: "queue.operate", schema: checkInSchema }, async ({ actor, input }) => checkIn(actor, input.code));

export const walkInAction = action(
  { permission: "queue.operate", schema: walkInSchema, rateLimit: { name: "queue-walkin", limit: 120, windowSeconds: 60, by: "actor" } },
  async ({ actor, input }) => issueWalkIn(actor, input),
);

export const priorityAction = action(
  { permission: "queue.operate", schema: z.object({ ticketId: z.string().min(1), priority: z.enum(PRIORITIES) }) },
  async ({ actor, input }) => setPriority(actor, input.ticketId, input.priority),
);

export const callNextAction = action({ permission: "queue.operate", schema: counterSchema }, async ({ actor, input }) => callNext(actor, input.counterId));

const stepSchema = counterTicketSchema.extend({ step: z.enum(["recall", "start", "finish", "noShow"]) });
export const counterStepAction = action({ permission: "queue.operate", schema: stepSchema }, async ({ actor, input }) =>
  counterStep(actor, input.counterId, input.ticketId, input.step),
);

export const transferAction = action({ permission: "queue.operate", schema: transferSchema }, async ({ actor, input }) => transferTicket(actor, input));

// Admin ────────────────────────────────────────────────

const fromForm = (raw: unknown) => {
  if (!(raw instanceof FormData)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of raw.entries()) {
    if (k.startsWith("$")) continue;
    if (k === "weekdays" || k === "serviceIds") out[k] = [...((out[k] as unknown[] | undefined) ?? []), v];
    else out[k] = v;
  }
  if (raw.has("requireVerifiedRequest")) out.requireVerifiedRequest = raw.getAll("requireVerifiedRequest").includes("on");
  return out;
};
const admin = { permission: "queue.admin" as const, input: fromForm, revalidate: ["/admin/antrian"] };

export const saveQueueServiceAction = action({ ...admin, schema: queueServiceSchema }, async ({ actor, input }) => saveQueueService(actor, input));
export const saveScheduleAction = action({ ...admin, schema: scheduleSchema }, async ({ actor, input }) => saveSchedule(actor, input));
export const deleteScheduleAction = action({ ...admin, schema: ticketIdSchema }, async ({ actor, input }) => deleteSchedule(actor, input.id));
export const saveClosureAction = action({ ...admin, schema: closureSchema }, async ({ actor, input }) => saveClosure(actor, input));
export const deleteClosureAction = action({ ...admin, schema: ticketIdSchema }, async ({ actor, input }) => deleteClosure(actor, input.id));
export const addCounterAction = action({ ...admin, schema: counterAdminSchema }, async ({ actor, input }) => addCounter(actor, input));
export const saveCounterServicesAction = action({ ...admin, schema: counterServicesSchema }, async ({ actor, input }) => setCounterServices(actor, input));
export const setCounterActiveAction = action({ ...admin, schema: counterActiveSchema }, async ({ actor, input }) => setCounterActive(actor, input));
export const saveSettingsAction = action({ ...admin, schema: settingsSchema }, async ({ actor, input }) => saveSettings(actor, input));

