import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("shows typed HTML as text: no <script>, no event attributes", () => {
    const html = renderMarkdown('Halo <script>alert(1)</script> <img src=x onerror="alert(1)"> <a href="#" onclick="x()">klik</a>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a [^>]*onclick/i);
    expect(html).toContain("&lt;script&gt;");
  });
  it("refuses javascript:, data: and protocol-relative links", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "//evil.example/x"]) {
      const html = renderMarkdown(`[klik](${href})`);
      expect(html, href).not.toMatch(/<a /);
    }
  });
  it("opens outside links safely and keeps same-site links", () => {
    expect(renderMarkdown("[LAPOR](https://www.lapor.go.id)")).toBe(
      '<p><a href="https://www.lapor.go.id" rel="noopener noreferrer nofollow" target="_blank">LAPOR</a></p>\n',
    );
    expect(renderMarkdown("[Layanan](/layanan/pakansari)")).toContain('<a href="/layanan/pakansari" rel="noopener noreferrer nofollow">');
  });
  it("drops Markdown images (no tracking pixels) and renders lists and emphasis", () => {
    expect(renderMarkdown("![x](https://tracker.example/p.gif)")).not.toMatch(/<img/);
    expect(renderMarkdown("- **satu**\n- dua")).toBe("<ul>\n<li><strong>satu</strong></li>\n<li>dua</li>\n</ul>\n");
  });
  it("gives plain text for feeds and descriptions", () => {
    expect(markdownToText("**Kantor** tutup <b>besok</b> & lusa")).toBe("Kantor tutup <b>besok</b> & lusa");
  });
});
