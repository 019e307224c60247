import { getActor } from "@/lib/auth";
import { getAdminCover, getPublicCover } from "@/lib/news/data";
import { storeFor } from "@/lib/storage/store";

// A news cover is public only while its item is live and public: the query decides, per request.
// The office's admins also see covers of drafts and scheduled items (preview). The private file
// route (/api/files) is left as it is: uploads stay private unless attached to a live item here.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFound();
  let cover = await getPublicCover(id, new Date());
  let cache = "public, max-age=60";
  if (!cover) {
    const actor = await getActor();
    cover = actor ? await getAdminCover(actor, id) : null;
    cache = "private, no-store";
  }
  if (!cover || !cover.mime.startsWith("image/")) return notFound();
  const bytes = await storeFor(cover.driver).get(cover.key);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": cover.mime,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": cache,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
