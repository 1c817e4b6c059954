// The live preview of `reportbuilder watch --serve` in Debian's chromium (never a downloaded browser):
//   node preview-check.mjs --reportbuilder <reportbuilder.dll> --data <report folder> --templates <dir> [--screenshot <png>] [--screenshot-html <png>]
// Copies the report folder, starts the watch, opens the page, then saves a rating whose words carry markup, a broken
// report.yaml and the fix, and checks that the page follows each rebuild without reloading: the problem list shows each
// error with its file and line as text (the markup never runs), the last good pages stay, then new pages replace them. Runs
// axe-core (WCAG 2.1 AA) on the page and prints how long the page took to follow each rebuild. Then switches to the HTML
// edition (the reader's other choice), saves new words and checks that the edition's frame shows them, still without a
// reload of the page, with no script in the frame. Exit 1 on any problem.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, WCAG_TAGS } from './edition-check.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : null; };
const dll = option('--reportbuilder'), data = option('--data'), templates = option('--templates');
const screenshot = option('--screenshot'), screenshotHtml = option('--screenshot-html');
if (!dll || !data || !templates) {
  console.error('usage: node preview-check.mjs --reportbuilder <reportbuilder.dll> --data <report folder> --templates <dir> [--screenshot <png>] [--screenshot-html <png>]');
  process.exit(2);
}

const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };
const work = await mkdtemp(join(tmpdir(), 'preview-check-'));
const report = join(work, 'report');
await cp(data, report, { recursive: true });

const watch = spawn('dotnet', [dll, 'watch', report, '--serve', '--templates', templates, '-o', join(work, 'draft.pdf'), '--debounce', '50'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
watch.stderr.resume();
const lines = createInterface({ input: watch.stdout });
const published = [];   // when each rebuild's outcome was printed (the preview is told just before)
const address = await new Promise((done, fail) => {
  const timer = setTimeout(() => fail(new Error('no "Preview:" line within 60 s')), 60_000);
  lines.on('line', (line) => {
    if (line.startsWith('Preview: ')) { clearTimeout(timer); done(line.slice('Preview: '.length)); }
    if (line.startsWith('Draft: ') || line.startsWith('No draft')) published.push(Date.now());
  });
});

const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'preview-check-profile-')), {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  // axe-core is injected past the page's Content-Security-Policy (which allows only the page's own script).
  bypassCSP: true,
});
const started = Date.now();
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', (dialog) => { problems.push(`a dialog opened: ${dialog.message()}`); dialog.dismiss(); });
  await page.goto(address);
  await page.waitForSelector('body[data-build="1"] #pages img', { timeout: 90_000 });
  const pages = await page.locator('#pages img').count();
  check(pages > 1, `the first build shows ${pages} page(s)`);
  // Each time the page takes a new build number, note when: compared with when the watch printed that build.
  await page.evaluate(() => {
    window.__sameDocument = true;
    window.__updated = {};
    new MutationObserver(() => { window.__updated[document.body.dataset.build] = Date.now(); })
      .observe(document.body, { attributes: true, attributeFilter: ['data-build'] });
  });

  // A save with an error a draft lives with: a misspelt rating whose words are markup, shown as text, never run.
  const standards = join(report, 'standards.csv');
  const original = await readFile(standards, 'utf8');
  const broken = original.replace(/,(Outstanding|Good|Requires improvement|Inadequate),/, ',"Outstandng <img src=x onerror=""window.__ran=1"">",');
  check(broken !== original, 'standards.csv has no rating to break');
  await writeFile(standards, broken);
  await page.waitForSelector('body[data-build="2"]', { timeout: 90_000 });
  const listed = await page.locator('#problems').innerText();
  check(/standards\.csv:\d+:\d+/.test(listed), `the problem list does not name the file and line: ${listed.slice(0, 200)}`);
  check(listed.includes("unknown rating"), `the problem list does not give the error: ${listed.slice(0, 200)}`);
  check(listed.includes('<img src=x'), "the rating's markup is not shown as text");
  check(await page.locator('#problems img').count() === 0, 'markup from the report folder became an element');
  check(await page.evaluate(() => window.__ran === undefined), 'script from the report folder ran');

  // A save that leaves nothing to draw (report.yaml unreadable): the last good pages stay, marked stale, beside the error.
  const metadata = join(report, 'report.yaml');
  const metadataText = await readFile(metadata, 'utf8');
  await writeFile(metadata, metadataText.replace('language: en-GB', 'language: [en-GB'));
  await page.waitForSelector('body[data-build="3"] #status.failed', { timeout: 90_000 });
  check(/report\.yaml:\d+:\d+/.test(await page.locator('#problems').innerText()), 'the YAML error is not listed with its line');
  check(await page.locator('#pages.stale img').count() > 0, 'the last good pages went away on a broken save');
  if (screenshot) await page.screenshot({ path: screenshot });

  // The fix, with new words: new pages replace the old ones, and the list empties, still without a reload.
  const oldSource = await page.locator('#pages img').first().getAttribute('src');
  await writeFile(standards, original);
  await writeFile(metadata, metadataText);
  const findings = join(report, 'standards', '1.1.md');
  await writeFile(findings, (await readFile(findings, 'utf8')) + '\nA sentence added while the preview was open.\n');
  // Two saves: the watch may rebuild once for both or once for each; the page must end on a good build either way.
  await page.waitForFunction(() => Number(document.querySelector('#pages')?.dataset.build) >= 4 && !document.querySelector('#status.failed'),
    null, { timeout: 90_000 });
  check(await page.locator('#pages img').first().getAttribute('src') !== oldSource, 'the pages were not replaced after the fix');
  check(!(await page.locator('#problems').innerText()).includes('Outstandng'), 'the fixed error is still listed');
  check(await page.evaluate(() => window.__sameDocument === true), 'the page reloaded');

  const updated = await page.evaluate(() => window.__updated);
  for (const build of ['2', '3', '4'])
    if (updated[build] && published[Number(build) - 1])
      console.log(`preview followed build ${build} ${Math.max(0, updated[build] - published[Number(build) - 1])} ms after the watch printed it`);

  await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
  for (const violation of results.violations) problems.push(`axe-core: ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))`);
  console.log(`preview axe-core violations: ${results.violations.length}`);

  // The HTML edition instead of the pages: the same build, served from memory under /html/, refreshed by the same events.
  await page.check('input[name="view"][value="html"]');
  check(await page.locator('#pages-panel').isHidden(), 'the pages are still shown in the HTML view');
  check(await page.evaluate(() => location.hash) === '#html', 'the HTML view is not kept in the address');
  const edition = page.frameLocator('#edition');
  await edition.getByText('A sentence added while the preview was open.').waitFor({ timeout: 90_000 });
  const editionBuild = Number(await page.locator('#edition-panel').getAttribute('data-build'));
  const saved = Date.now();
  await writeFile(findings, (await readFile(findings, 'utf8')) + '\nWords the HTML view must show: heron lantern.\n');
  await page.waitForFunction((before) => Number(document.querySelector('#edition-panel')?.dataset.build) > before, editionBuild,
    { timeout: 90_000 });
  await edition.getByText('Words the HTML view must show: heron lantern.').waitFor({ timeout: 30_000 });
  console.log(`the HTML view showed a save's words ${Date.now() - saved} ms after the save (the rebuild included)`);
  check(await page.evaluate(() => window.__sameDocument === true), 'the page reloaded in the HTML view');
  const frame = page.frames().find((f) => f.url().includes('/html/'));
  check(frame !== undefined, 'the HTML edition is not in a frame of the page');
  if (frame) check(await frame.evaluate(() => document.scripts.length) === 0, 'the HTML edition in the preview holds a script');
  if (screenshotHtml) await page.screenshot({ path: screenshotHtml });
} finally {
  await context.close();
  watch.kill('SIGINT');
  await rm(work, { recursive: true, force: true });
}
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`preview check took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(problems.length > 0 ? 1 : 0);
