import type { Codes } from "@/lib/forms/lean-form";

// The SKM form's checks in the browser, without a schema library (issue 16). They mirror
// lib/survey/schema.ts answerSchema (the server's truth); survey-rules.test.ts compares them.
export type SurveyValues = {
  u1: string; u2: string; u3: string; u4: string; u5: string; u6: string; u7: string; u8: string; u9: string;
  sex: string; ageBand: string; education: string; occupation: string; suggestion: string;
};

export const emptySurvey: SurveyValues = {
  u1: "", u2: "", u3: "", u4: "", u5: "", u6: "", u7: "", u8: "", u9: "",
  sex: "", ageBand: "", education: "", occupation: "", suggestion: "",
};

const UNSUR = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;

export function surveyCodes(v: SurveyValues): Codes<SurveyValues> {
  return {
    u1: UNSUR.some((k) => Number(v[k]) >= 1) ? undefined : "answer_one",
    suggestion: v.suggestion.trim().length > 1000 ? "too_long" : undefined,
  };
}
