// Opens an HTML edition in Debian's chromium (never a browser that Playwright downloads), checks that it reads
// without script or network, runs axe-core at WCAG 2.1 AA and optionally takes screenshots.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

/** Serves one folder on 127.0.0.1 at a free port; only files inside it, GET only. */
async function serve(root) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
      const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
      if (request.method !== 'GET' || (file !== base && !file.startsWith(base + sep))) throw new Error('refused');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Checks one edition folder (its index.html, or `page` inside it).
 * @returns {{violations: object[], incomplete: number, scripts: number, offsite: string[], failedRequests: string[], fonts: boolean}}
 */
export async function checkEdition({ dir, page: pageFile = 'index.html', screenshots = null, ratingsSelector = null,
                                     executablePath = '/usr/bin/chromium', log = console.log }) {
  await stat(join(dir, pageFile)); // a clear error when the edition is missing
  const { server, origin } = await serve(dir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'html-check-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1, javaScriptEnabled: true, offline: false, reducedMotion: 'reduce',
    // The edition's Content-Security-Policy forbids every script, axe-core's too: the checker bypasses it to inject
    // axe, and the page's own scripts are still counted (and must be none).
    bypassCSP: true,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const offsite = [];
    const failedRequests = [];
    // The edition must be self-contained: anything not from the loopback server is refused and reported.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page.on('response', (response) => { if (response.status() >= 400) failedRequests.push(response.url()); });

    await page.goto(`${origin}/${pageFile}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const scripts = await page.evaluate(() => document.scripts.length);
    const fonts = await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded'));

    if (screenshots) {
      await mkdir(screenshots.directory, { recursive: true });
      await page.screenshot({ path: join(screenshots.directory, screenshots.firstScreen), fullPage: false });
      if (ratingsSelector) {
        const target = page.locator(ratingsSelector).first();
        if (await target.count() === 0) throw new Error(`No element matches the ratings selector ${ratingsSelector}`);
        await target.scrollIntoViewIfNeeded();
        await target.screenshot({ path: join(screenshots.directory, screenshots.ratings) });
      }
    }

    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const results = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'],
    }), WCAG_TAGS);

    for (const v of results.violations) {
      log(`violation ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} node(s)]`);
      for (const node of v.nodes.slice(0, 5)) log(`  ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`);
    }
    return { violations: results.violations, incomplete: results.incomplete.length, incompleteIds: results.incomplete.map((i) => i.id),
             scripts, offsite, failedRequests, fonts };
  } finally {
    await context.close();
    server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
