import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, otherOfficeStaff, otherResident, resident, staff, supervisor } from "@/test/support/actors";
import { canSendFeedback, officeFeedbackWhere, ownFeedbackWhere } from "./policy";

describe("feedback policy", () => {
  it("signed-in residents send and read their own; staff and visitors do not use the resident form", () => {
    expect(canSendFeedback(resident)).toBe(true);
    expect(canSendFeedback(staff)).toBe(false);
    expect(canSendFeedback(null)).toBe(false);
    expect(ownFeedbackWhere(resident)).toEqual({ senderId: resident.userId });
    expect(ownFeedbackWhere(otherResident)).not.toEqual(ownFeedbackWhere(resident));
    expect(ownFeedbackWhere(staff)).toEqual({ id: "__none__" });
  });

  it("staff read and answer their own office's messages only", () => {
    expect(officeFeedbackWhere(staff)).toEqual({ officeId: OFFICE });
    expect(officeFeedbackWhere(supervisor)).toEqual({ officeId: OFFICE });
    expect(officeFeedbackWhere(otherOfficeStaff)).toEqual({ officeId: OTHER_OFFICE });
    expect(officeFeedbackWhere(resident)).toEqual({ id: "__none__" });
  });
});
