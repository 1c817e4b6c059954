// CI entry: node payload-check.mjs <edition-dir>
// Opens the HTML edition of a hostile report folder (fixtures/hostile: script, handlers, javascript: links, generic
// attributes, metadata injection) in Debian's chromium and proves that no payload ran: every payload calls alert()
// or sets window.pwned, so a dialog, a set global, a navigation away from the page or a request outside the edition
// is a failure. The page's Content-Security-Policy is bypassed, so the markup itself must be safe (the CSP is the
// second line of defence, not the first). Every element is focused, hovered and every link's target checked.
// Prints "payloads run: N" and exits 1 when N > 0.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node payload-check.mjs <edition-dir>');
  process.exit(2);
}

const base = resolve(dir);
const server = createServer(async (request, response) => {
  try {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if (file !== base && !file.startsWith(base + sep)) throw new Error('refused');
    const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.ttf': 'font/ttf' };
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = await mkdtemp(join(tmpdir(), 'payload-check-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium', headless: true, javaScriptEnabled: true, bypassCSP: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const ran = [];
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', async (dialog) => { ran.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    ran.push(`request outside the edition: ${url}`);
    return route.abort();
  });
  const start = `${origin}/index.html`;
  await page.goto(start, { waitUntil: 'load' });
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame() && !frame.url().startsWith(start)) ran.push(`navigated to ${frame.url()}`); });

  // Give every handler a chance: focus and hover each element, as a reader tabbing or moving the mouse would.
  const found = await page.evaluate(async () => {
    const problems = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        if (/^on/i.test(attribute.name) || ['style', 'srcdoc', 'autofocus'].includes(attribute.name.toLowerCase()))
          problems.push(`<${element.localName}> carries ${attribute.name}`);
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      if (typeof element.focus === 'function') element.focus();
    }
    for (const link of document.querySelectorAll('a[href], area[href]')) {
      const href = link.getAttribute('href');
      if (!/^(https?:\/\/|mailto:|#)/i.test(href)) problems.push(`a link to ${href}`);
    }
    for (const element of document.querySelectorAll('script, iframe, object, embed, style'))
      problems.push(`a <${element.localName}> element`);
    // The only images are those the edition placed (a template set's logo, a report's figures): a copy inside the
    // edition named by its hash, with no attribute but src, alt, width and height. Any other <img> is a payload.
    for (const image of document.querySelectorAll('img')) {
      const placed = /^images\/[0-9a-f]{16}\.(png|jpg)$/.test(image.getAttribute('src') ?? '')
        && [...image.attributes].every((a) => ['src', 'alt', 'width', 'height'].includes(a.name));
      if (!placed) problems.push(`an <img> not placed by the edition (${image.outerHTML.slice(0, 80)})`);
    }
    await new Promise((done) => setTimeout(done, 300));
    if (window.pwned !== undefined) problems.push(`window.pwned = ${window.pwned}`);
    return problems;
  });
  ran.push(...found);
} finally {
  await context.close();
  server.close();
  await rm(userDataDir, { recursive: true, force: true });
}
for (const what of ran) console.log(`payload: ${what}`);
console.log(`payloads run: ${ran.length}`);
process.exit(ran.length > 0 ? 1 : 0);
