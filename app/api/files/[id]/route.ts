import { getActor } from "@/lib/auth";
import { auditFileView, authorizeFileAccess } from "@/lib/storage/access";
import { storeFor } from "@/lib/storage/store";

// Private files: every request is authorized against the database; nothing is cached on the way.
export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 original. */
function contentDisposition(kind: "inline" | "attachment", name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const access = await authorizeFileAccess(actor, id);
  if (!access.ok || !actor) return notFound();

  const bytes = await storeFor(access.file.driver).get(access.file.key);
  if (!bytes) return notFound();
  await auditFileView(actor, access);

  const download = new URL(request.url).searchParams.has("download");
  // Only re-encoded images render inline; PDFs download, so no script in a PDF runs on our origin.
  const inline = !download && access.file.mime.startsWith("image/");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": access.file.mime,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", access.file.downloadName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
