import { markdownToText, renderMarkdown } from "@/lib/content/markdown";
import { listFeedNews } from "@/lib/news/data";

// RSS 2.0 of an office's live public items. Read on each request: expiry is a query, not a job.
export const dynamic = "force-dynamic";

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export async function GET(request: Request, { params }: { params: Promise<{ kantor: string }> }) {
  const { kantor } = await params;
  const feed = await listFeedNews(kantor, new Date());
  if (!feed) return new Response("Not found", { status: 404 });
  const origin = process.env.APP_URL?.replace(/\/$/, "") || new URL(request.url).origin;
  const self = `${origin}/berita/${feed.office.slug}`;
  const items = feed.items
    .map((item) => {
      const link = `${self}/${item.slug}`;
      return `<item><title>${xml(item.title)}</title><link>${xml(link)}</link><guid isPermaLink="false">${item.id}</guid>` +
        `<pubDate>${(item.publishAt ?? item.updatedAt).toUTCString()}</pubDate><category>${item.category}</category>` +
        `<description>${xml(item.summary || markdownToText(item.body))}</description>` +
        `<content:encoded>${xml(renderMarkdown(item.body))}</content:encoded></item>`;
    })
    .join("");
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${xml(`Berita & pengumuman ${feed.office.name}`)}</title><link>${xml(self)}</link>` +
    `<atom:link href="${xml(`${self}/feed.xml`)}" rel="self" type="application/rss+xml"/>` +
    `<description>${xml(feed.office.name)}</description><language>id</language>${items}</channel></rss>`;
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
