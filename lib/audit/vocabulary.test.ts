import { describe, expect, it } from "vitest";
import { canonicalTargetType, isViewAction } from "./vocabulary";

describe("audit vocabulary", () => {
  it("names every target type one way", () => {
    expect(canonicalTargetType("ServiceRequest")).toBe("request");
    expect(canonicalTargetType("ResidentProfile")).toBe("resident");
    expect(canonicalTargetType("resident")).toBe("resident");
    expect(canonicalTargetType("Complaint")).toBe("complaint");
    expect(canonicalTargetType("NotificationTemplate")).toBe("notification_template");
    expect(canonicalTargetType("service_point")).toBe("service_point");
  });
  it("knows views from changes", () => {
    expect(isViewAction("request.personal_data_viewed")).toBe(true);
    expect(isViewAction("resident.viewed")).toBe(true);
    expect(isViewAction("request.file_viewed")).toBe(true);
    expect(isViewAction("resident.updated")).toBe(false);
    expect(isViewAction("complaint.reporter_revealed")).toBe(false);
  });
});
