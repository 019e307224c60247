import { describe, expect, it } from "vitest";
import { feedbackSchema, publicFeedbackSchema } from "@/lib/feedback/schema";
import { feedbackCodes, type FeedbackValues } from "./feedback-rules";

function serverCodes(schema: typeof feedbackSchema | typeof publicFeedbackSchema, input: unknown) {
  const codes: Record<string, string> = {};
  for (const issue of schema.safeParse(input).error?.issues ?? []) codes[String(issue.path[0])] ??= issue.message;
  return codes;
}
const clean = (codes: Record<string, string | undefined>) => Object.fromEntries(Object.entries(codes).filter(([, c]) => c));
const valid: FeedbackValues = { kind: "SARAN", message: "Tolong tambah kursi di ruang tunggu.", anonymous: false, officeId: "o1", website: "" };

describe("kritik & saran checks in the browser agree with the server schema", () => {
  for (const change of [{}, { kind: "", message: "" }, { message: "pendek" }, { message: " ".repeat(20) }, { message: "x".repeat(2001) }, { officeId: "" }]) {
    const input = { ...valid, ...change };
    it(`resident ${JSON.stringify(change).slice(0, 40)}`, () => {
      const { officeId: _o, website: _w, ...own } = input;
      expect(clean(feedbackCodes(input, false))).toEqual(serverCodes(feedbackSchema, own));
    });
    it(`public ${JSON.stringify(change).slice(0, 40)}`, () => {
      const { anonymous: _a, ...own } = input;
      expect(clean(feedbackCodes(input, true))).toEqual(serverCodes(publicFeedbackSchema, own));
    });
  }
});
