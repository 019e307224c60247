import "server-only";
import { getTranslations } from "next-intl/server";
import type { ThreadWords } from "./words";

export async function threadWords(): Promise<ThreadWords> {
  const t = await getTranslations("conversations");
  return {
    empty: t("empty"),
    internalNote: t("internalNote"),
    composer: t.raw("composer") as ThreadWords["composer"],
    author: t.raw("author") as ThreadWords["author"],
    system: t.raw("system") as ThreadWords["system"],
    errors: { ...(t.raw("errors") as Record<string, string>), unknown_variable: t("errors.unknown_variable") },
    offline: t("live.offline"),
    waStatus: t.raw("waStatus") as ThreadWords["waStatus"],
  };
}
