import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { getActor } from "@/lib/auth";
import { bumpCacheVersion } from "@/lib/http/cache-version/mutations";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import { createPipeline } from "./pipeline";

// The one way a server action is written:
//   export const verifyAction = action({ permission: "request.queue", schema }, ({ actor, input }) => …);
// It authenticates (fresh actor from the database), checks the feature permission, applies rate
// limits stored in PostgreSQL, parses with the zod schema the form also uses, runs the handler
// and revalidates. See lib/action/pipeline.ts.
export const action = createPipeline({
  resolveActor: getActor,
  resolveIp: clientIp,
  consumeRateLimit,
  revalidate: (path, type) => revalidatePath(path, type),
  expireTag: async (tag) => {
    updateTag(tag);
    await bumpCacheVersion(tag); // the other instances' keys change with it (lib/http/public-cache.ts)
  },
});

export { fail, ok, type ActionResult, type Failure, type PipelineError, type Success } from "./result";
export { fieldErrorsOf, FORM_KEY } from "./field-errors";
