// The browser half of bench/admin_spa.py: opens list screens of the admin app in Debian's
// Chromium and prints, as JSON, when the first table row appeared on each load.
//   node bench/admin_spa_browser.mjs http://127.0.0.1:PORT /regions,/people 5
import { createRequire } from "node:module";

// playwright-core comes with the admin app's development packages (frontend/node_modules).
const require = createRequire(new URL("../frontend/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [base, routeList, loadsArg] = process.argv.slice(2);
const routes = routeList.split(",");
const loads = Number(loadsArg);
const ADMIN = { email: "admin@simpul.test", password: "simpul-admin-demo" };
const VIEWPORT = { width: 1280, height: 800 };

// Runs before the app: marks the frame after the first row of a data table was inserted.
function markFirstRow() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector("main table tbody tr")) return;
    observer.disconnect();
    performance.mark("simpul:first-row-inserted");
    requestAnimationFrame(() => performance.mark("simpul:first-row"));
  });
  observer.observe(document, { childList: true, subtree: true });
}

function readTimings() {
  const [navigation] = performance.getEntriesByType("navigation");
  const [mark] = performance.getEntriesByName("simpul:first-row");
  const api = performance
    .getEntriesByType("resource")
    .filter((entry) => entry.name.endsWith("/graphql"));
  // The slowest /graphql request of the load is the list's query.
  const slowest = api.reduce((a, b) => (b.duration > a.duration ? b : a), api[0] ?? null);
  return {
    firstRow: mark ? mark.startTime : null,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    slowestApi: slowest?.duration ?? 0,
    slowestApiStart: slowest?.startTime ?? 0,
    apiRequests: api.length,
    rows: document.querySelectorAll("main table tbody tr").length,
  };
}

async function open(context, route) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/admin${route}`);
    await page.waitForFunction(() => performance.getEntriesByName("simpul:first-row").length, null, {
      timeout: 20_000,
    });
    return await page.evaluate(readTimings);
  } catch (error) {
    // What the screen showed instead, for bench/README.md's "a screen without rows".
    const file = `admin-spa-${route.replace(/\W+/g, "-").replace(/^-/, "")}.png`;
    await page.screenshot({ path: new URL(`results/${file}`, import.meta.url).pathname });
    const timings = await page.evaluate(readTimings).catch(() => null);
    return { ...timings, firstRow: null, problem: String(error).split("\n")[0] };
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  // Sign in once through the API; every context starts with that session cookie.
  const login = await browser.newContext();
  const response = await login.request.post(`${base}/graphql`, {
    data: {
      query: "mutation ($input: LoginInput!) { login(input: $input) { __typename } }",
      variables: { input: ADMIN },
    },
  });
  const body = await response.json();
  if (body.data?.login?.__typename !== "Viewer") throw new Error(`login: ${JSON.stringify(body)}`);
  const storageState = await login.storageState();
  await login.close();

  const newContext = async () => {
    const context = await browser.newContext({ storageState, viewport: VIEWPORT, locale: "id-ID" });
    await context.addInitScript(markFirstRow);
    return context;
  };
  const results = [];
  for (const route of routes) {
    const cold = [];
    const warm = [];
    // A screen that shows no row once (missing, empty, broken) is not loaded again.
    for (let i = 0; i < loads && cold.every((load) => load.firstRow !== null); i += 1) {
      const context = await newContext();
      cold.push(await open(context, route));
      await context.close();
    }
    if (cold.every((load) => load.firstRow !== null)) {
      const context = await newContext();
      await open(context, route); // fills the HTTP cache; not counted
      for (let i = 0; i < loads; i += 1) warm.push(await open(context, route));
      await context.close();
    }
    const all = [...cold, ...warm];
    results.push({
      route,
      rows: Math.max(0, ...all.map((load) => load.rows ?? 0)),
      problem: all.find((load) => load.problem)?.problem ?? null,
      cold,
      warm,
    });
  }
  process.stdout.write(JSON.stringify(results));
} finally {
  await browser.close();
}
