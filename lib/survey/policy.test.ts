import { describe, expect, it } from "vitest";
import { admin, otherResident, resident, staff, supervisor } from "@/test/support/actors";
import { canPlanFollowUp, canWordSurvey, mayAnswerByLink, mayAnswerInApp, surveyRequestWhere } from "./policy";

describe("survey policy", () => {
  it("a receipt link is answered signed out or by a resident, never by office staff", () => {
    expect(mayAnswerByLink(null)).toBe(true);
    expect(mayAnswerByLink(resident)).toBe(true);
    for (const who of [staff, supervisor, admin]) expect(mayAnswerByLink(who)).toBe(false);
  });

  it("in the app only the resident answers, and only for their own requests", () => {
    expect(mayAnswerInApp(resident)).toBe(true);
    expect(mayAnswerInApp(staff)).toBe(false);
    expect(surveyRequestWhere(resident)).not.toEqual(surveyRequestWhere(otherResident));
    expect(surveyRequestWhere(staff)).toEqual({ id: "__none__" });
  });

  it("wording is the admin's; the follow-up plan the supervisor's and the admin's", () => {
    expect(canWordSurvey(admin)).toBe(true);
    expect(canWordSurvey(supervisor)).toBe(false);
    expect(canPlanFollowUp(supervisor)).toBe(true);
    expect(canPlanFollowUp(admin)).toBe(true);
    expect(canPlanFollowUp(staff)).toBe(false);
    expect(canPlanFollowUp(resident)).toBe(false);
  });
});
