import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/http/client-ip";

/** Client address and browser of the current request, for audit entries made before sign-in. */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return {
    ip: clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip")),
    userAgent: h.get("user-agent"),
  };
}
