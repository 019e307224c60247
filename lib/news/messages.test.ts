import { describe, expect, it } from "vitest";
import idNews from "@/messages/id/news.json";
import enNews from "@/messages/en/news.json";
import idFaq from "@/messages/id/faq.json";
import enFaq from "@/messages/en/faq.json";
import { NEWS_CATEGORIES } from "./schema";

const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object" ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe("news and FAQ messages", () => {
  it("exist in both languages with the same keys", () => {
    expect(keys(enNews).sort()).toEqual(keys(idNews).sort());
    expect(keys(enFaq).sort()).toEqual(keys(idFaq).sort());
  });
  it("name every category and translate every error code the schemas and actions return", () => {
    for (const c of NEWS_CATEGORIES) expect(idNews.categories, c).toHaveProperty(c);
    const codes = ["required", "too_short", "too_long", "invalid_slug", "invalid_date", "expire_before_publish", "taken", "slug_taken", "cover_invalid", "not_draft", "forbidden", "not_found", "invalid_input", "rate_limited", "service_invalid"];
    for (const code of codes) expect(idNews.errors, code).toHaveProperty(code);
  });
});
