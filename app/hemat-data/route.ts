import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { DATA_SAVER_COOKIE } from "@/lib/http/data-saver";
import { safeReturnPath } from "@/lib/preferences/return-path";

// POST /hemat-data (hemat=1|0): the resident's "hemat data" choice for this phone, kept a year;
// back to the page they came from on this site. A plain form, so no page ships JavaScript for it.
export async function POST(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const form = await request.formData().catch(() => null);
  const choice = form?.get("hemat");
  const target = safeReturnPath(request.headers.get("referer"), host);
  if (request.headers.get("sec-fetch-site") !== "cross-site" && (choice === "1" || choice === "0")) {
    (await cookies()).set(DATA_SAVER_COOKIE, choice, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  return new NextResponse(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
