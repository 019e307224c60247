import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/i18n/config";
import { getActor } from "@/lib/auth";
import { saveUserLocale } from "@/lib/preferences/mutations";
import { safeReturnPath } from "@/lib/preferences/return-path";

// The language switch is two plain links to this handler, so pages ship no JavaScript for it:
// GET /bahasa?ke=en[&kembali=/path] remembers the language for a year (cookie, and on the
// account when signed in) and sends the reader back to the page they came from on this site.
export async function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("ke");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const back = safeReturnPath(request.nextUrl.searchParams.get("kembali") ?? request.headers.get("referer"), host);
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    const actor = await getActor();
    if (actor) await saveUserLocale(actor.userId, locale);
  }
  // A relative Location keeps the reader on the host they used, whatever proxy sits in front.
  return new NextResponse(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
}
