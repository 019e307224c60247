"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale, LOCALE_COOKIE } from "@/i18n/config";
import { getActor } from "@/lib/auth";
import { saveUserLocale } from "./mutations";

/** Remembers the chosen language in a cookie for a year, and on the account when signed in. */
export async function setLocaleAction(locale: string) {
  if (!isLocale(locale)) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const actor = await getActor();
  if (actor) await saveUserLocale(actor.userId, locale);
  revalidatePath("/", "layout");
  return { ok: true as const };
}
