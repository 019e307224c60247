// After login, go back to the page that asked for it, but only to a path on this site.
// Auth.js passes the full URL (callbackUrl); anything pointing elsewhere is dropped.
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value) return null;
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (path.startsWith("/masuk") || path.startsWith("/api/")) return null;
  return path;
}

/** Only follow `next` into areas the role may enter; otherwise go to the role's home. */
export function landingPath(home: string, next: string | null): string {
  if (!next) return home;
  const allowed = [home, "/profil"];
  return allowed.some((prefix) => next === prefix || next.startsWith(`${prefix}/`) || next.startsWith(`${prefix}?`)) ? next : home;
}
