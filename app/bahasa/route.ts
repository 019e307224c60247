import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/i18n/config";
import { getActor } from "@/lib/auth";
import { saveUserLocale } from "@/lib/preferences/mutations";
import { safeReturnPath } from "@/lib/preferences/return-path";

// The language switch is a plain form per language posting here, so pages ship no JavaScript for
// it: POST /bahasa (ke=en) remembers the language for a year (cookie, and on the account when
// signed in) and sends the reader back to the page they came from on this site. GET /bahasa?ke=en
// still works for old links and bookmarks but only sets the cookie: a GET never writes to the
// database (prefetchers, crawlers and <img src> must not change an account).

function hostOf(request: NextRequest) {
  return request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
}

async function remember(locale: Locale) {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}

// A relative Location keeps the reader on the host they used, whatever proxy sits in front.
const back = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("ke");
  const host = hostOf(request);
  if (isLocale(locale)) await remember(locale);
  return back(safeReturnPath(request.nextUrl.searchParams.get("kembali") ?? request.headers.get("referer"), host));
}

export async function POST(request: NextRequest) {
  const host = hostOf(request);
  const form = await request.formData().catch(() => null);
  const locale = form?.get("ke");
  const wanted = form?.get("kembali");
  const target = safeReturnPath(typeof wanted === "string" && wanted ? wanted : request.headers.get("referer"), host);
  // Another site's form must not change the account (the browser sends Origin with every POST).
  const origin = request.headers.get("origin");
  const sameSite = !origin || origin === "null" ? request.headers.get("sec-fetch-site") !== "cross-site" : safeOriginHost(origin) === host;
  if (!sameSite || typeof locale !== "string" || !isLocale(locale)) return back(target);
  await remember(locale);
  const actor = await getActor();
  if (actor) await saveUserLocale(actor.userId, locale);
  return back(target);
}

function safeOriginHost(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
