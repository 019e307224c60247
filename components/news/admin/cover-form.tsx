"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { deleteNewsAction, removeNewsCoverAction, uploadNewsCoverAction } from "@/lib/news/actions";

/** Uploads the cover through the shared ingest (bytes sniffed, re-encoded, metadata stripped). */
export function CoverForm({ postId, hasCover, version }: { postId: string; hasCover: boolean; version: string }) {
  const t = useTranslations("news");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const upload = (data: FormData) =>
    start(async () => {
      setError(null);
      data.set("id", postId);
      const result = await uploadNewsCoverAction(data);
      if (!result.ok) setError(t(`errors.${result.error}` as "errors.required"));
      else router.refresh();
    });
  return (
    <div className="space-y-3">
      {error ? <FormAlert>{error}</FormAlert> : null}
      {hasCover ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own authorized route
        <img src={`/api/news/${postId}/cover?v=${version}`} alt={t("admin.cover.alt")} className="max-h-48 rounded-lg border border-slate-200" />
      ) : <p className="text-sm text-slate-600">{t("admin.cover.none")}</p>}
      <form action={upload} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="cover-file" className="block text-sm font-medium">{t("admin.cover.upload")}</label>
          <input id="cover-file" name="file" type="file" accept="image/jpeg,image/png" required aria-describedby="cover-hint" className="mt-1 block text-sm" />
          <p id="cover-hint" className="text-sm text-slate-600">{t("admin.cover.hint")}</p>
        </div>
        <Button type="submit" size="sm" disabled={pending}>{t("admin.cover.upload")}</Button>
        {hasCover ? (
          <Button type="button" size="sm" variant="secondary" disabled={pending} onClick={() => start(async () => { await removeNewsCoverAction({ id: postId }); router.refresh(); })}>
            {t("admin.cover.remove")}
          </Button>
        ) : null}
      </form>
    </div>
  );
}

export function DeleteDraftButton({ postId }: { postId: string }) {
  const t = useTranslations("news");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("admin.confirmDelete"))) return;
          start(async () => {
            const result = await deleteNewsAction({ id: postId });
            if (result.ok) router.push("/admin/berita");
            else setError(t(`errors.${result.error}` as "errors.required"));
          });
        }}
      >
        {t("admin.delete")}
      </Button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </>
  );
}
