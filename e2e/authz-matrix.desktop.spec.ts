import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runHttpMatrix } from "../test/authz/http";

// The authorization matrix over HTTP (issue 18, item 5): every page and route handler method found
// in app/ × every role (test/authz/matrix.ts), against the production build and its seeded
// database. All cells are asked and every wrong one is listed, so one run shows the whole picture.

const port = Number(process.env.E2E_PORT ?? 3100);

test("every page and route handler answers each role as the matrix says", async () => {
  test.setTimeout(900_000);
  const databaseUrl = fs.readFileSync(path.join(os.tmpdir(), `lw-e2e-${port}`, "database-url"), "utf8").trim();
  const result = await runHttpMatrix(`http://localhost:${port}`, databaseUrl);
  console.log(`[authz-matrix] HTTP: ${result.entries} page/route methods × ${result.roles} roles = ${result.cells} cells, ${result.passed} as expected`);
  expect(result.wrong).toEqual([]);
});
