"use client";
import { useTranslations } from "next-intl";

/** The "letter from template" choice inside the back-office complete form: what will happen, no inputs. */
export function GenerateLetterHint() {
  const t = useTranslations("letters.generate");
  return <p className="rounded-md bg-white p-2 text-sm text-slate-700">{t("hint")}</p>;
}

/** Label of the radio choice, kept with the letters domain's words. */
export function GenerateLetterLabel() {
  const t = useTranslations("letters.generate");
  return <>{t("mode")}</>;
}
