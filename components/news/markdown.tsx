import { renderMarkdown } from "@/lib/content/markdown";
import { markdownClass } from "./markdown-class";

/** Office-written Markdown, rendered by the sanitizing renderer (no raw HTML, safe links). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`${markdownClass} ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
