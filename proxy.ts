import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, isHttps } from "@/lib/http/security-headers";

// Optimistic redirect to the login page for signed-out visitors of protected areas; the real
// checks happen in every page's data access and every server action.
// Deliberately not Auth.js's `auth` wrapper: that re-issues the session cookie on every request,
// and a prefetch answered after a sign-out would put the just-deleted session back.
const PROTECTED = /^\/(warga|petugas|pimpinan|admin|profil)(\/|$)/;

function hasSessionCookie(request: NextRequest) {
  return request.cookies
    .getAll()
    .some(({ name }) => name.startsWith("authjs.session-token") || name.startsWith("__Secure-authjs.session-token"));
}

/** CSP with a fresh nonce (Next puts it on its own scripts when it finds it in the request's CSP). */
function secured(response: NextResponse, request: NextRequest, csp: string) {
  response.headers.set("Content-Security-Policy", csp);
  if (isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"))) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (!PROTECTED.test(request.nextUrl.pathname) || hasSessionCookie(request)) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    return secured(NextResponse.next({ request: { headers } }), request, csp);
  }
  const login = new URL("/masuk", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return secured(NextResponse.redirect(login), request, csp);
}

export const config = {
  // Pages (they get the CSP); API routes and static files get next.config.ts headers() only.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|fonts|sw.js|manifest.webmanifest).*)"],
};
