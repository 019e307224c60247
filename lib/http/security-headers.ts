// Security headers of every HTML response (set in proxy.ts, where a fresh nonce is made per
// request) and the static ones of every other response (next.config.ts headers()).
// Pure functions, unit-tested in security-headers.test.ts.

/** Paths whose pages use the browser's location (the complaint map point). */
const GEOLOCATION_PATHS = /^\/(warga|petugas)\/pengaduan\/baru(\/|$)/;

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce ('strict-dynamic'
 * lets Next's own chunk loader add its scripts), no plugins, no framing by other sites, forms
 * only to this site. Style attributes (charts, progress bars) need 'unsafe-inline' for styles.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join("; ");
}

/** The loket page, whose check-in box reads a ticket's QR through the camera (getUserMedia). */
const CAMERA_PATHS = /^\/petugas\/antrian\/?$/;

/** Camera and geolocation only on the pages that use them; nothing else a phone could expose. */
export function permissionsPolicy(pathname: string): string {
  const geo = GEOLOCATION_PATHS.test(pathname) ? "geolocation=(self)" : "geolocation=()";
  // Photos are taken through <input type=file capture>, the phone's own camera app: no camera API
  // needed there. Only the loket's QR check-in opens the camera itself.
  const camera = CAMERA_PATHS.test(pathname) ? "camera=(self)" : "camera=()";
  return `${camera}, microphone=(), ${geo}, payment=(), usb=()`;
}

/** HSTS only over HTTPS (a browser ignores it over plain HTTP, and a local demo must stay reachable). */
export function isHttps(protocol: string | null | undefined, forwardedProto: string | null | undefined): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers for every response, also files, exports and static assets (next.config.ts headers()). */
export function staticHeaderRules() {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  return [
    { source: "/:path*", headers: common },
    // One Permissions-Policy per response: the complaint forms get geolocation, the loket page the
    // camera (QR check-in), nothing else either.
    { source: "/((?!warga/pengaduan/baru|petugas/pengaduan/baru|petugas/antrian/?$).*)", headers: [{ key: "Permissions-Policy", value: permissionsPolicy("/") }] },
    { source: "/:area(warga|petugas)/pengaduan/baru", headers: [{ key: "Permissions-Policy", value: permissionsPolicy("/warga/pengaduan/baru") }] },
    { source: "/petugas/antrian", headers: [{ key: "Permissions-Policy", value: permissionsPolicy("/petugas/antrian") }] },
  ];
}
