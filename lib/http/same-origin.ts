// Cookies go with any cross-site POST: routes that act for the signed-in person accept only the
// app's own pages (server actions check this themselves).

function forwardedOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return host ? `${proto}://${host}` : null;
}

export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site && site !== "same-origin") return false;
  return !origin || origin === new URL(request.url).origin || origin === forwardedOrigin(request);
}
