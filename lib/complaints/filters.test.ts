import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/keyset";
import { parseQueueFilters } from "./filters";

describe("complaint queue filters", () => {
  const cursor = encodeCursor("2026-03-02T02:00:00.000Z", "c9");

  it("keep the queue's page from a link saved with the old ?cursor=", () => {
    expect(parseQueueFilters({ cursor, status: "VERIFIED" })).toMatchObject({ after: cursor, status: "VERIFIED" });
  });

  it("read the current ?after= and ?before= as before", () => {
    expect(parseQueueFilters({ before: cursor })).toMatchObject({ before: cursor, after: undefined });
    expect(parseQueueFilters({})).toMatchObject({ after: undefined, before: undefined });
  });
});
