"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { createApiClient, revokeApiClient } from "./mutations";
import { apiClientSchema } from "./schema";

const PATH = "/admin/open311";

/** Answers the new key once; the page shows it to the admin to pass on to the client's developers. */
export const createApiClientAction = action({ permission: "admin.manage", schema: apiClientSchema, revalidate: [PATH] }, ({ actor, input }) =>
  createApiClient(actor, input),
);

export const revokeApiClientAction = action(
  { permission: "admin.manage", schema: z.object({ id: z.string().min(1).max(40) }), revalidate: [PATH] },
  ({ actor, input }) => revokeApiClient(actor, input.id),
);
