import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/ui/link";
import { dataSaverOn } from "@/lib/http/data-saver";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/news/markdown";
import { Badge } from "@/components/ui/card";
import { getPublicNews } from "@/lib/news/data";

type Props = { params: Promise<{ kantor: string; slug: string }> };

// Open Graph tags so a link shared on WhatsApp shows the title, summary and cover.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kantor, slug } = await params;
  const found = await getPublicNews(kantor, slug, new Date());
  if (!found) return {};
  const { post, office } = found;
  const url = `/berita/${kantor}/${post.slug}`;
  // Crawlers (WhatsApp, Facebook) need absolute URLs for og:url and og:image.
  const h = await headers();
  const origin = process.env.APP_URL?.replace(/\/$/, "") || `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return {
    metadataBase: new URL(origin),
    title: `${post.title} · ${office.name}`,
    description: post.summary,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: post.title,
      description: post.summary,
      siteName: office.name,
      locale: "id_ID",
      publishedTime: post.publishAt?.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      images: post.coverFileId ? [{ url: `/api/news/${post.id}/cover` }] : undefined,
    },
    twitter: { card: post.coverFileId ? "summary_large_image" : "summary", title: post.title, description: post.summary },
  };
}

export default async function NewsDetailPage({ params }: Props) {
  const { kantor, slug } = await params;
  const found = await getPublicNews(kantor, slug, new Date());
  if (!found) notFound();
  const { post, office } = found;
  const [t, td, format, saver] = await Promise.all([getTranslations("news"), getTranslations("common.dataSaver"), getFormatter(), dataSaverOn()]);
  return (
    <article className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/berita/${office.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">← {t("public.back")}</Link>
      </nav>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone="sky">{t(`categories.${post.category}`)}</Badge>
        {post.publishAt ? <time dateTime={post.publishAt.toISOString()}>{t("publishedAt", { date: format.dateTime(post.publishAt, { dateStyle: "long", timeStyle: "short" }) })}</time> : null}
      </p>
      <h1 className="text-2xl font-bold leading-tight tracking-tight">{post.title}</h1>
      {post.officeId !== office.id ? <p className="text-sm text-slate-600">{t("sharedFrom", { office: post.office.name })}</p> : null}
      <p className="text-lg text-slate-700">{post.summary}</p>
      {post.coverFileId && saver ? (
        // "Hemat data": the cover is a link, loaded only when the reader asks for it.
        <p><a href={`/api/news/${post.id}/cover`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{td("coverLink")}</a></p>
      ) : post.coverFileId ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own authorized route, already resized at ingest
        <img src={`/api/news/${post.id}/cover`} alt="" className="w-full rounded-xl border border-slate-200 object-cover" />
      ) : null}
      <Markdown source={post.body} />
      {post.expireAt ? <p className="text-sm text-slate-600">{t("expiresAt", { date: format.dateTime(post.expireAt, { dateStyle: "long", timeStyle: "short" }) })}</p> : null}
    </article>
  );
}
