// Where the language switch sends the reader back to. Only a path on this same site is
// accepted (never another host, never a protocol-relative "//evil"), so /bahasa cannot be
// used as an open redirect.

/** A same-origin path (with its query) from `wanted` (a path or absolute URL), or "/" when unsafe. */
export function safeReturnPath(wanted: string | null | undefined, host: string | null | undefined): string {
  if (!wanted || !host) return "/";
  let url: URL;
  try {
    url = new URL(wanted, `http://${host}`);
  } catch {
    return "/";
  }
  if (url.host !== host) return "/";
  if (url.protocol !== "http:" && url.protocol !== "https:") return "/";
  // A backslash or doubled slash may be read as another host by some browsers.
  const path = `${url.pathname}${url.search}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return "/";
  // Never bounce back to the switch itself.
  if (url.pathname === "/bahasa") return "/";
  return path;
}
