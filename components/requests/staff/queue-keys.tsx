"use client";
import { useEffect } from "react";

/** Queue shortcuts: "/" focuses the search box, "j"/"k" move between rows (their number links). */
export function QueueKeys() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (event.key === "/") {
        event.preventDefault();
        document.getElementById("q")?.focus();
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-row-link]"));
      if (links.length === 0) return;
      const index = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === "j" ? Math.min(index + 1, links.length - 1) : Math.max(index - 1, 0);
      event.preventDefault();
      links[index === -1 ? 0 : next].focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
