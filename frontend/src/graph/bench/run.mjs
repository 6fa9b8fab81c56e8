#!/usr/bin/env node
// The graph explorer's drawing at 5,000 nodes and 20,000 links (and a smaller size for
// comparison), in Debian's Chromium: build time, first paint, hover / click / replay latency,
// frame times while zooming and while ForceAtlas2 runs. No server or database is needed.
//
// Headless Chromium without a GPU rasterises WebGL in software (SwiftShader), so wall-clock
// figures are mostly that rasteriser. Each interaction is also profiled: "main-thread JS" is the
// time the page's own scripts and garbage collection took, which is what a GPU does not help with.
//
//   cd frontend && node src/graph/bench/run.mjs [--port 8752] [--sizes 1000x4000,5000x20000]
//                                              [--server http://127.0.0.1:8754]
//
// With --server (a running `simpul serve` with the demo accounts, e.g. on the --scale 10000
// database of bench/graph.py), it also times the real explorer as the analyst: loading the
// network through the API until it is drawn, then hover and click on a node.
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = "/tmp/simpul-graph-bench";
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const port = Number(option("port") ?? 8752);
const explorerServer = option("server");
// --sizes 1000x4000,5000x20000 (the default); "none" times only the explorer.
const SIZES = (option("sizes") ?? "1000x4000,5000x20000")
  .split(",")
  .filter((size) => size !== "none")
  .map((size) => size.split("x").map(Number));

/** Run `act` under the V8 sampling profiler; the ms spent in JavaScript and GC meanwhile. */
async function scriptTime(cdp, act) {
  await cdp.send("Profiler.start");
  await act();
  const { profile } = await cdp.send("Profiler.stop");
  const kinds = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (!["(program)", "(idle)", "(root)"].includes(kinds.get(id)))
      micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
  return { mean: mean.toFixed(1), p50: at(0.5).toFixed(1), p95: at(0.95).toFixed(1) };
};

await build({
  root,
  base: "./",
  configFile: false,
  logLevel: "warn",
  plugins: [react()],
  build: { outDir, emptyOutDir: true },
});
const server = await preview({
  root,
  configFile: false,
  logLevel: "warn",
  build: { outDir },
  preview: { port, strictPort: true, host: "127.0.0.1" },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

try {
  for (const [nodes, edges] of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?nodes=${nodes}&edges=${edges}`);
    await page.waitForFunction(() => window.bench?.firstPaintMs > 0, null, { timeout: 60_000 });
    const bench = () => page.evaluate(() => ({ ...window.bench }));
    const first = await bench();
    const box = await page.getByRole("img").boundingBox();
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    // Hover and click whichever node is drawn at the centre once the camera has brought one of
    // the busiest nodes there (a smaller neighbour may lie on top of it).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    const hover = [];
    const click = [];
    const hoverJs = [];
    const clickJs = [];
    for (const node of ["n0", "n1", "n2", "n3", "n4"]) {
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => window.bench.hovered === null, null, { timeout: 30_000 });
      await page.evaluate((id) => window.bench.centreOn(id), node);
      await page.waitForTimeout(1500);
      hoverJs.push(
        await scriptTime(cdp, async () => {
          await page.mouse.move(centre.x, centre.y);
          await page.waitForFunction(() => window.bench.hovered !== null, null, {
            timeout: 30_000,
          });
        }),
      );
      hover.push((await bench()).lastFocusMs);
      clickJs.push(
        await scriptTime(cdp, async () => {
          await page.mouse.click(centre.x, centre.y);
          await page.waitForFunction(() => window.bench.selected === window.bench.hovered, null, {
            timeout: 30_000,
          });
        }),
      );
      click.push((await bench()).lastFocusMs);
    }

    // Replay: five months spread over the timeline, then back to everything.
    const replay = [];
    const replayJs = [];
    const months = first.months;
    for (const k of [0.2, 0.4, 0.6, 0.8, 1]) {
      const month = k === 1 ? null : months[Math.floor(k * (months.length - 1))];
      replayJs.push(
        await scriptTime(cdp, async () => {
          replay.push(await page.evaluate((m) => window.bench.setMonth(m), month));
        }),
      );
    }

    // Frame intervals while the camera zooms out and back in (wheel), then while FA2 runs.
    await page.mouse.move(centre.x, centre.y);
    const zooming = page.evaluate(() => window.bench.frames(1500));
    for (let i = 0; i < 6; i += 1) {
      await page.mouse.wheel(0, i < 3 ? 300 : -300);
      await page.waitForTimeout(200);
    }
    const zoomFrames = await zooming;
    const layoutMs = 3000;
    const [layout, layoutFrames] = await page.evaluate(
      (ms) => Promise.all([window.bench.layout(ms), window.bench.frames(ms)]),
      layoutMs,
    );

    console.log(`\n${first.order} nodes, ${first.size} links`);
    console.log(`  build graph (model, positions, sizes, colours): ${first.buildMs.toFixed(0)} ms`);
    console.log(
      `  first paint from script start:                  ${first.firstPaintMs.toFixed(0)} ms`,
    );
    console.log(`  hover → highlighted frame:  ${JSON.stringify(stats(hover))} ms`);
    console.log(`    of which main-thread JS:  ${JSON.stringify(stats(hoverJs))} ms`);
    console.log(`  click → selected frame:     ${JSON.stringify(stats(click))} ms`);
    console.log(`    of which main-thread JS:  ${JSON.stringify(stats(clickJs))} ms`);
    console.log(`  replay month → frame:       ${JSON.stringify(stats(replay))} ms`);
    console.log(`    of which main-thread JS:  ${JSON.stringify(stats(replayJs))} ms`);
    console.log(`  frame interval, zooming:    ${JSON.stringify(stats(zoomFrames))} ms`);
    console.log(`  frame interval, FA2 running: ${JSON.stringify(stats(layoutFrames))} ms`);
    console.log(
      `  ForceAtlas2 (web worker): ${layout.iterations} iterations in ${layoutMs} ms, drawing ` +
        `moved ${layout.updates} times (explorer's budget at this size: ${first.layoutBudgetMs} ms)`,
    );
    await page.close();
  }
  if (explorerServer) await explorer(explorerServer);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

/** The real explorer against a server: network load to first drawing, hover, click. */
async function explorer(base) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
  });
  let requests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/graphql")) requests += 1;
  });
  await page.goto(`${base}/admin/graph`);
  await page.getByLabel("Surel").fill("analyst@simpul.test");
  await page.getByLabel("Kata sandi").fill("simpul-analyst-demo");
  const started = Date.now();
  requests = 0;
  await page.getByRole("button", { name: "Masuk" }).click();
  const summary = page.getByText(/^Menampilkan [\d.]+ simpul/);
  await summary.waitFor({ timeout: 300_000 });
  await page.getByRole("img", { name: /^Gambar jejaring/ }).waitFor();
  const loaded = Date.now() - started;
  const told = await summary.textContent();

  // Select the top node from the table: the camera brings it to the centre of the drawing.
  const top = page.getByRole("table").getByRole("row").nth(1).getByRole("button");
  const name = await top.textContent();
  await top.click();
  await page.getByRole("button", { name: "Tutup rincian" }).click();
  await page
    .getByRole("button", { name: "Hentikan tata letak" })
    .click({ timeout: 1000 })
    .catch(() => {});
  const box = await page.getByRole("img", { name: /^Gambar jejaring/ }).boundingBox();
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.waitForTimeout(3000);
  const card = page.getByText("Klik untuk rincian.");
  let at = Date.now();
  await page.mouse.move(centre.x, centre.y);
  await card.waitFor({ timeout: 60_000 });
  const hovered = Date.now() - at;
  const label = await page.locator(".graph-hover strong").textContent();
  at = Date.now();
  await page.mouse.click(centre.x, centre.y);
  await page.getByRole("button", { name: "Tutup rincian" }).waitFor({ timeout: 60_000 });
  const clicked = Date.now() - at;

  console.log(`\nExplorer at ${base} (analyst, whole network)`);
  console.log(`  ${told}`);
  console.log(`  sign-in → network loaded and drawn: ${loaded} ms, ${requests} GraphQL requests`);
  console.log(`  hover (${label}) → card shown:  ${hovered} ms`);
  console.log(`  click → details panel shown:    ${clicked} ms (top node: ${name})`);
  await page.close();
}
