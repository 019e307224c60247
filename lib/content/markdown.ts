// Markdown of news and FAQ answers, written by office admins, read by everyone. markdown-it with
// raw HTML switched off: a tag typed into the text is shown as text, never parsed. Links are limited
// to http(s), mailto, tel and same-site paths, and every link gets rel="noopener noreferrer nofollow".
// Images are off: content images would load from anywhere (tracking pixels); the cover image is the
// one picture an item has, and it goes through the upload ingest.
import MarkdownIt from "markdown-it";

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  md.disable(["image"]);
  // markdown-it already refuses javascript:/vbscript:/file: and most data: URLs; narrow it further.
  md.validateLink = (url) => SAFE_URL.test(url.trim());
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet("href") ?? "");
    token.attrSet("rel", "noopener noreferrer nofollow");
    if (/^https?:\/\//i.test(href)) token.attrSet("target", "_blank");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let renderer: ReturnType<typeof createRenderer> | null = null;

/** Safe HTML for `dangerouslySetInnerHTML`: no raw HTML, no script URLs, no event attributes. */
export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}

/** Plain text of the Markdown (feeds, meta descriptions, search snippets). */
export function markdownToText(source: string, max = 300): string {
  const html = renderMarkdown(source);
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
