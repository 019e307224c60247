import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth";
import { DATA_SAVER_COOKIE } from "@/lib/preferences/data-saver";
import { saveUserDataSaver } from "@/lib/preferences/mutations";
import { safeReturnPath } from "@/lib/preferences/return-path";

// POST /hemat-data: the "hemat data" choice, back to the page it was made on (same site only).
// A plain form, so no page ships JavaScript for it.
// - hemat=1|0 (untuk=ponsel, the default): this phone's choice, a cookie kept a year; also for
//   signed-out visitors (public home, catalogue, tracking).
// - untuk=akun, hemat=1|0|ikuti: the account's choice (signed in only), which follows the resident
//   to every phone and wins over the phone's; "ikuti" hands the decision back to the phone.
// A GET changes nothing; another site's form changes nothing.
export async function POST(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const form = await request.formData().catch(() => null);
  const choice = form?.get("hemat");
  const scope = form?.get("untuk") === "akun" ? "account" : "device";
  const target = safeReturnPath(request.headers.get("referer"), host);
  const back = new NextResponse(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
  if (!sameSite(request, host)) return back;
  if (scope === "device" && (choice === "1" || choice === "0")) {
    (await cookies()).set(DATA_SAVER_COOKIE, choice, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  if (scope === "account" && (choice === "1" || choice === "0" || choice === "ikuti")) {
    const actor = await getActor();
    if (actor) await saveUserDataSaver(actor.userId, choice === "ikuti" ? null : choice === "1");
  }
  return back;
}

function sameSite(request: NextRequest, host: string) {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return request.headers.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
