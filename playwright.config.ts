import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's chromium (apt-get install chromium); Playwright's own browser download is not reachable here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

// Specs without .phone/.desktop in their name run in both projects. Tests among them whose checks do
// not depend on the screen (server answers, scoping, headers, office-desk screens, one-off form
// errors) run in one project only; pages people open on both (home, catalogue, the sign-in pages,
// the dashboard, the survey link) keep their walk and axe check on both viewports. Matched against
// "file title"; a test renamed away from its pattern simply runs in both again.
const desktopOnly = [
  /admin\.spec\.ts /,
  /csp\.spec\.ts /,
  /scoping\.spec\.ts /,
  /survey-receipt\.spec\.ts /,
  /catalogue\.spec\.ts a paid service/,
  /dashboard\.spec\.ts (the SKM report|only supervisors|the admin rewords|the Camat compares|the Lurah reads|dashboard screenshots)/,
  /auth\.spec\.ts (a wrong password|repeated failures|a signed-out visitor|the login page speaks English)/,
];
const phoneOnly = [
  /auth\.spec\.ts (a resident registers|registration shows errors|a NIK that is already registered)/,
  /survey-link\.spec\.ts (an unknown survey link|the public statistics page)/,
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // Traces of failed tests keep DOM snapshots, not the screencast (its frames cost CPU in every test).
  use: { baseURL, trace: { mode: "retain-on-failure", screenshots: false }, locale: "id-ID", timezoneId: "Asia/Jakarta", launchOptions },
  // Desktop first: its long walks (the announcement that waits for the clock, the authorization
  // matrix) then start early instead of leaving one worker running alone at the end.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /\.phone\.spec\.ts$/, grepInvert: phoneOnly },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testIgnore: /\.desktop\.spec\.ts$/, grepInvert: desktopOnly },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
