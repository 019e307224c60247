"use client";
import { useTranslations } from "next-intl";
import { KeyboardShortcuts, type ShortcutGroup } from "@/components/ui/keyboard-shortcuts";

type Page = "requestQueue" | "complaintQueue" | "request" | "complaint";

/**
 * The staff pages' shortcuts, one vocabulary for requests and complaints (issue 17): the same letter
 * means the same step on both (v verify, s complete, r reject, u back to the list). Detail keys are
 * listed only where the page shows that action.
 */
export function StaffShortcuts({ page }: { page: Page }) {
  const t = useTranslations("staff.shortcuts");
  const general = { title: t("general"), items: [{ keys: ["?"], label: t("help") }, { keys: ["Esc"], label: t("escape") }] };
  const list: ShortcutGroup = {
    title: t("list"),
    items: [
      { keys: ["j"], label: t("next") },
      { keys: ["k"], label: t("prev") },
      ...(page === "requestQueue" ? [{ keys: ["x"], label: t("toggle") }] : []),
      { keys: ["Enter"], label: t("openRow") },
      { keys: ["/"], label: t("search") },
    ],
  };
  const request: ShortcutGroup = {
    title: t("page"),
    items: [
      { keys: ["a"], label: t("take"), target: "a" },
      { keys: ["v"], label: t("verify"), target: "v" },
      { keys: ["p"], label: t("process"), target: "p" },
      { keys: ["c"], label: t("correction"), target: "c" },
      { keys: ["s"], label: t("complete"), target: "s" },
      { keys: ["r"], label: t("reject"), target: "r" },
      { keys: ["n"], label: t("note"), target: "n" },
      { keys: ["j"], label: t("nextRequest"), target: "j" },
      { keys: ["u"], label: t("back"), target: "u" },
    ],
  };
  const complaint: ShortcutGroup = {
    title: t("page"),
    items: [
      { keys: ["v"], label: t("verifyComplaint"), target: "v" },
      { keys: ["d"], label: t("dispose"), target: "d" },
      { keys: ["f"], label: t("followUp"), target: "f" },
      { keys: ["s"], label: t("completeComplaint"), target: "s" },
      { keys: ["r"], label: t("rejectComplaint"), target: "r" },
      { keys: ["u"], label: t("back"), target: "u" },
    ],
  };
  const isList = page === "requestQueue" || page === "complaintQueue";
  const groups = [isList ? list : page === "request" ? request : complaint, general];
  return <KeyboardShortcuts list={isList} groups={groups} words={{ open: t("open"), title: t("title"), intro: t("intro"), close: t("close") }} />;
}
