import { describe, expect, it } from "vitest";
import { answerSchema, emptyAnswer } from "@/lib/survey/schema";
import { emptySurvey, surveyCodes } from "./survey-rules";

function serverCodes(input: unknown) {
  const codes: Record<string, string> = {};
  for (const issue of answerSchema.safeParse(input).error?.issues ?? []) codes[String(issue.path[0])] ??= issue.message;
  return codes;
}
const clean = (codes: Record<string, string | undefined>) => Object.fromEntries(Object.entries(codes).filter(([, c]) => c));

describe("SKM checks in the browser agree with the server schema", () => {
  it("starts from the same empty answer", () => expect(emptySurvey).toEqual(emptyAnswer));
  for (const change of [{}, { u1: "0", u2: "0" }, { u5: "3" }, { u9: "1", suggestion: "x".repeat(1001) }, { u2: "4", suggestion: ` ${"y".repeat(1000)} ` }]) {
    it(JSON.stringify(change).slice(0, 50), () => {
      const input = { ...emptySurvey, ...change };
      expect(clean(surveyCodes(input))).toEqual(serverCodes(input));
    });
  }
});
