import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { homePath } from "@/lib/auth/policy";
import { landingPath, safeNextPath } from "@/lib/accounts/next-path";

// Right after signing in: the session now exists, so send the person to their role's home, or
// back to the page that asked them to log in if it belongs to their area.
export default async function AfterLogin({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  const { next } = await searchParams;
  redirect(landingPath(homePath(actor.role), safeNextPath(typeof next === "string" ? next : null)));
}
