// The public cache's cross-instance switch: a bump is seen by the next request of any instance.
import { describe, expect, it } from "vitest";
import { cacheVersions } from "./data";
import { bumpCacheVersion } from "./mutations";

describe("cache versions", () => {
  it("start at nothing and count every bump, per tag", async () => {
    expect(await cacheVersions()).toEqual({});
    await bumpCacheVersion("catalogue");
    await Promise.all([bumpCacheVersion("catalogue"), bumpCacheVersion("catalogue"), bumpCacheVersion("statistics")]);
    expect(await cacheVersions()).toEqual({ catalogue: 3, statistics: 1 });
  });
});
