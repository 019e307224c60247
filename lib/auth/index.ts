import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AuthError, CredentialsSignin } from "next-auth";
import { auth, handlers, signIn, signOut } from "@/auth";
import { clientIpFrom } from "@/lib/http/client-ip";
import { loadActor } from "./actor";
import { sessionUserFromCookie } from "./session-cookie";
import { can, type Permission } from "./policy";
import type { Actor } from "./types";

// Every use of next-auth goes through this module, so the library can be replaced later.
export const { GET, POST } = handlers;
export type { Actor } from "./types";

/** The signed-in user as the database knows them now (role, office, units), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const h = await headers();
  // Straight from the cookie (./session-cookie.ts); Auth.js's own reader only without a secret in the environment.
  const user = (await sessionUserFromCookie(h.get("cookie") ?? "")) ?? (await auth())?.user;
  if (!user?.id) return null;
  const actor = await loadActor(user.id, { authTime: user.authTime ?? 0 });
  if (!actor) return null;
  actor.ip = clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip"));
  actor.userAgent = h.get("user-agent");
  return actor;
});

/**
 * For pages: signed-out visitors go to the login page; signed-in users without the right
 * get a 404, so a resident cannot even learn that a staff page exists.
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  if (permission && !can(actor.role, permission)) notFound();
  return actor;
}


export type SignInError = "invalid" | "locked" | "inactive";

/** Signs in with NIK, e-mail or phone; returns an error code, or redirects on success. */
export async function signInWithPassword(identifier: string, password: string, redirectTo: string): Promise<SignInError> {
  try {
    await signIn("credentials", { identifier, password, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const code = error.code;
      return code === "locked" || code === "inactive" ? code : "invalid";
    }
    if (error instanceof AuthError) return "invalid";
    throw error; // the success redirect is thrown as an exception
  }
  return "invalid";
}

export async function signOutUser() {
  await signOut({ redirectTo: "/" });
}
