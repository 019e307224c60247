import { NextResponse, type NextRequest } from "next/server";

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

export default function proxy(request: NextRequest) {
  if (!PROTECTED.test(request.nextUrl.pathname) || hasSessionCookie(request)) return NextResponse.next();
  const login = new URL("/masuk", request.nextUrl);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icons|fonts).*)"],
};
