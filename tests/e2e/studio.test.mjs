// The editor's studio (dist/studio/), as an editor uses it: in headless Chromium, through
// roles and accessible names, with the keyboard. Each test starts in a fresh browser profile,
// so no draft is left over from another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, watchErrors, waitForBoxes, axeViolations } from './browser.mjs';

const SHOTS = 'test-results/screenshots';
const CLI = 'target/release/factbox';
let server, browser, tmp;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  tmp = await mkdtemp(join(tmpdir(), 'studio-'));
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The studio in a fresh profile (no draft), its interface in English unless asked. */
async function openStudio({ width = 1280, locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale, colorScheme, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/studio/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors };
}

/** Presses Tab until `target` has focus: the keyboard reaches it, in the page's own order. */
async function tabTo(page, target, { back = false, limit = 400 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Replaces the focused field's text by typing, as an editor does. */
async function typeOver(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Reads until the value is `expected` (the studio renders a moment after each key), then
 *  asserts it: a value that never comes fails with what was there instead. */
async function settled(read, expected, message) {
  let value;
  for (let i = 0; i < 60; i++) {
    value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected)) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  assert.deepEqual(value, expected, message);
}

const NO_PROBLEMS = 'No problems: the box can be published.';
const problemsStatus = (page) => page.getByRole('region', { name: /^Problems/ }).getByRole('status');
const preview = (page) => page.locator('.preview-host');
const group = (scope, name) => scope.getByRole('group', { name, exact: true });

test('an editor builds a box for a new article from the starter, with the keyboard only', async () => {
  const { context, page, errors } = await openStudio();
  const started = Date.now();
  await tabTo(page, page.getByRole('button', { name: 'New box from the starter' }));
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => localStorage.getItem('factbox-studio.draft')), execFileSync(CLI, ['new', '--lang', 'en'], { encoding: 'utf8' }),
    'the starter is what `factbox new` prints');
  const box = group(page, 'The box');
  await tabTo(page, box.getByRole('textbox', { name: 'Title', exact: true }));
  await typeOver(page, 'Pension package: what the Bundestag decided');
  await tabTo(page, box.getByRole('textbox', { name: 'As of (YYYY-MM-DD)' }));
  await typeOver(page, '2025-12-05');
  const summary = group(box, 'Summary');
  await tabTo(page, summary.getByRole('textbox', { name: 'Text', exact: true }));
  await typeOver(page, 'The Bundestag passed the pension package; what changes for whom.');

  // The first section gets a title of the article's own, and a new section is added.
  const first = group(page, 'Section 1: Overview');
  await tabTo(page, first.getByRole('textbox', { name: 'Title', exact: true }));
  await typeOver(page, 'What changes');
  await tabTo(page, page.getByRole('button', { name: 'Add section' }));
  await page.keyboard.press('Enter');
  await settled(() => page.evaluate(() => document.activeElement.textContent), 'Section 6', 'focus moves to the new section');
  const added = group(page, 'Section 6');
  await tabTo(page, added.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type('Who pays');
  await page.keyboard.press('Tab');
  await page.keyboard.type('who-pays');
  const newSection = group(page, 'Section 6: Who pays');
  await tabTo(page, newSection.getByRole('textbox', { name: 'Text', exact: true }));
  await page.keyboard.type('Contributions rise from 2027, the federal grant with them.');
  // Its sources are chosen from the box's list by name.
  await tabTo(page, newSection.getByRole('checkbox', { name: 'Publisher: The real headline of the article (quelle-1)' }));
  await page.keyboard.press('Space');

  // The new section moves up, and focus stays with it.
  await tabTo(page, page.getByRole('button', { name: 'Up: Section 6' }), { back: true });
  await page.keyboard.press('Enter');
  await settled(() => page.evaluate(() => document.activeElement.id), 'f-sections-4-up');
  assert.equal(await group(page, 'Section 5: Who pays').count(), 1);
  // Removed, focus goes to the section before it; undo brings the section back.
  await tabTo(page, page.getByRole('button', { name: 'Remove: Section 5' }));
  await page.keyboard.press('Enter');
  await settled(() => page.evaluate(() => document.activeElement.id), 'f-sections-3-legend');
  assert.equal(await group(page, 'Section 5: Who pays').count(), 0);
  await page.keyboard.press('Control+Z');
  assert.equal(await group(page, 'Section 5: Who pays').count(), 1);

  // The source gets its real publisher, headline and address.
  const source = group(page, 'Source 1: Publisher');
  await tabTo(page, source.getByRole('textbox', { name: 'Publisher' }));
  await typeOver(page, 'Deutscher Bundestag');
  await tabTo(page, group(page, 'Source 1: Deutscher Bundestag').getByRole('textbox', { name: 'Headline', exact: true }));
  await typeOver(page, 'Bundestag beschließt Rentenpaket');
  // A German headline in this English box: the next field says so, for screen readers.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Headline language (optional)');
  await page.keyboard.type('de');
  await page.keyboard.press('Tab');
  await typeOver(page, 'https://www.bundestag.de/rentenpaket');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`studio: box built from the starter with the keyboard in ${seconds} s (typed by the test)`);

  // What the editor has not written yet is the starter's example text, each named where it
  // stands, and the box cannot be published with it: the glance figure, the first section's
  // paragraph, and the facts, figures, timeline and profile sections left as they came.
  const problems = page.getByRole('region', { name: /^Problems/ }).getByRole('button');
  await settled(() => problemsStatus(page).textContent(), '12 problems to fix');
  const listed = await problems.allTextContents();
  assert.ok(listed.every((p) => /is the starter's example: write this box's own/.test(p)), listed.join('\n'));
  assert.deepEqual(listed.map((p) => p.split(':')[0]).slice(0, 3), ['glance[0].label', 'glance[0].caveat', 'sections[0].blocks[0].text']);
  assert.equal(await page.getByRole('button', { name: 'Download content file' }).isDisabled(), true);
  // The preview is the real box, with what was typed.
  assert.equal(await preview(page).locator('#fb-title').textContent(), 'Pension package: what the Bundestag decided');
  assert.equal(await preview(page).locator('#fb-who-pays-button').textContent(), 'Who pays');
  // Undo takes back the last step (the address), redo brings it again.
  await page.keyboard.press('Control+Z');
  assert.equal(await group(page, 'Source 1: Deutscher Bundestag').getByRole('textbox', { name: 'Web address' }).inputValue(), 'https://example.org/artikel');
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await group(page, 'Source 1: Deutscher Bundestag').getByRole('textbox', { name: 'Web address' }).inputValue(), 'https://www.bundestag.de/rentenpaket');
  // Fixed from the list: the first problem takes focus to its field.
  await problems.first().press('Enter');
  await settled(() => page.evaluate(() => document.activeElement.value), 'What the number counts', 'focus is on the glance label');
  await typeOver(page, 'Pension level guaranteed until 2031');
  await settled(() => problemsStatus(page).textContent(), '11 problems to fix');
  await page.getByRole('button', { name: 'Download content file' }).focus();
  await page.screenshot({ path: `${SHOTS}/studio-1280.png`, fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a problem shows at its field with its line and column, as `factbox check` reports it, and is fixed from there', async () => {
  const { context, page, errors } = await openStudio();
  await page.getByRole('button', { name: 'Open the example (C5+1 summit)' }).press('Enter');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  const url = page.locator('#f-sources-0-url');
  const address = await url.inputValue();
  await url.focus();
  await typeOver(page, address.replace('https://', ''));
  // The studio's list says exactly what the CLI says for the same file (the draft, once it
  // holds all the typing).
  const savedUrl = () => page.evaluate(() => JSON.parse(localStorage.getItem('factbox-studio.draft')).sources[0].url);
  await settled(savedUrl, address.replace('https://', ''));
  const draft = await page.evaluate(() => localStorage.getItem('factbox-studio.draft'));
  const file = join(tmp, 'broken.json');
  await writeFile(file, draft);
  const cli = spawnSync(CLI, ['check', file], { encoding: 'utf8' });
  assert.equal(cli.status, 1);
  const expected = cli.stderr.trim().replace(`${file}: `, '');
  assert.equal(expected.replace(/ \(line \d+, column \d+\)$/, ''), `sources[0].url: must start with http:// or https://, found "${address.replace('https://', '')}"`);
  const problem = page.getByRole('region', { name: /^Problems/ }).getByRole('button');
  await settled(() => problem.allTextContents(), [expected]);
  // Beside the field: marked invalid, and the message (with line and column) describes it.
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  const description = await url.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent);
  assert.equal(description, expected.replace('sources[0].url: ', ''));
  // Nothing can be published meanwhile.
  for (const name of ['Download content file', 'Copy snippet', 'Copy iframe code']) {
    assert.equal(await page.getByRole('button', { name }).isDisabled(), true, `${name} is disabled`);
  }
  // Choosing the problem moves focus to the field; the editor fixes it there.
  await page.getByRole('button', { name: 'Undo' }).focus();
  await tabTo(page, problem);
  await page.keyboard.press('Enter');
  await settled(() => url.evaluate((el) => el === document.activeElement), true, 'focus is on the field');
  await page.keyboard.press('Home');
  await page.keyboard.type('https://');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  assert.equal(await url.getAttribute('aria-invalid'), null);
  assert.equal(await page.getByRole('button', { name: 'Download content file' }).isDisabled(), false);

  // A headline's language, which screen readers use, is a tag: a language written out is named
  // at the field, and emptied, the field leaves the file.
  const titleLang = group(page, 'Source 1: Reuters / The Japan Times').getByRole('textbox', { name: 'Headline language (optional)' });
  assert.equal(await titleLang.inputValue(), '', 'an English headline in the English box');
  await titleLang.focus();
  await typeOver(page, 'English');
  await settled(() => problem.count(), 1, 'one problem');
  const [listed] = await problem.allTextContents();
  assert.match(listed, /^sources\[0\]\.title_lang: "English" is not a language code: write the headline's language as a code, like "en" for English or "ru" for Russian, or leave it out if the headline is in the box's language \("en"\) \(line \d+, column \d+\)$/);
  assert.equal(await titleLang.getAttribute('aria-invalid'), 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('factbox-studio.draft')).sources[0].title_lang), undefined);

  // A syntax error in the JSON view: the form waits, the problem points into the text.
  await page.getByRole('button', { name: 'JSON', exact: true }).press('Enter');
  const json = page.getByRole('textbox', { name: 'Content as JSON' });
  await json.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('  "oops": ,\n');
  await settled(() => problem.allTextContents(), ['invalid JSON: expected value (line 2, column 11)']);
  await page.getByRole('button', { name: 'Form', exact: true }).press('Enter');
  assert.match(await page.getByRole('region', { name: 'Edit' }).textContent(), /The JSON cannot be read/);
  await problem.press('Enter');
  await settled(() => json.evaluate((el) => [el === document.activeElement, el.selectionStart, el.value.slice(0, el.selectionStart).split('\n').length]), [true, 12, 2],
    'the caret is at the problem: line 2, column 11');
  // Undo takes the error back, in one step for the whole typing.
  await page.keyboard.press('Control+Z');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the preview shows the real box in English and dark, at phone width, all sections open', async () => {
  const { context, page, errors } = await openStudio();
  const lang = page.getByRole('combobox', { name: 'Language of a new box' });
  await lang.selectOption('de');
  await page.getByRole('button', { name: 'New box from the starter' }).press('Enter');
  const box = preview(page);
  assert.equal(await box.locator('#fb-title').textContent(), 'Titel der Faktenbox');
  assert.equal(await box.locator('.fb-all').textContent(), 'Alle Abschnitte einblenden');
  await page.getByRole('radio', { name: 'English' }).check();
  assert.equal(await box.locator('.fb-all').textContent(), 'Show all sections');
  assert.equal(await box.locator('section.fb').getAttribute('lang'), 'en');
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await box.getAttribute('data-theme'), 'dark');
  const scheme = await box.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.fb-root')).colorScheme);
  assert.equal(scheme, 'dark');
  await page.getByRole('radio', { name: 'Phone (360 px)' }).check();
  assert.equal(Math.round((await box.boundingBox()).width), 360);
  assert.equal(await box.locator('#fb-overview-button').count(), 0, 'German ids, since the content is German');
  assert.equal(await box.locator('#fb-fakten-button').getAttribute('aria-expanded'), 'false');
  await page.getByRole('radio', { name: 'All open' }).check();
  const expanded = await box.locator('.fb-acc-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));
  assert.ok(expanded.length >= 6 && expanded.every((e) => e === 'true'), expanded.join());
  // The preview follows the form as the editor types.
  await group(page, 'The box').getByRole('textbox', { name: 'Title', exact: true }).fill('Neuer Titel');
  assert.equal(await box.locator('#fb-title').textContent(), 'Neuer Titel');
  await page.screenshot({ path: `${SHOTS}/studio-preview-dark.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet equals `factbox render` for the downloaded file, and is resumed in a host page', async () => {
  const { context, page, errors } = await openStudio();
  await page.getByRole('button', { name: 'Open the example (C5+1 summit)' }).press('Enter');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  // Every block of the example is editable: bars in the form, the map (drawn by a script) as JSON.
  const bars = page.locator('#f-sections-0-blocks-0');
  assert.match(await bars.locator('legend').first().textContent(), /^Block 1: Bars$/);
  assert.ok(await bars.getByRole('textbox', { name: 'Number' }).count() >= 2);
  assert.equal(await page.getByRole('textbox', { name: 'Map as JSON (the form has no fields for this kind yet)' }).count(), 1);
  await page.getByRole('textbox', { name: 'Article name (the file name)' }).fill('c5-gipfel');
  await page.getByRole('textbox', { name: 'Article name (the file name)' }).press('Tab');
  const snippetBox = page.getByRole('textbox', { name: 'Snippet for the article page' });
  // The iframe code names the article once the name is taken; the snippet follows the pause in typing.
  await page.waitForFunction(() => document.getElementById('publish-iframe').value.includes('embed/c5-gipfel.html')
    && document.getElementById('publish-snippet').value.startsWith('<fact-box'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download content file' }).press('Enter')]);
  assert.equal(download.suggestedFilename(), 'c5-gipfel.json');
  const file = join(tmp, 'c5-gipfel.json');
  await download.saveAs(file);
  assert.equal(await readFile(file, 'utf8'), await page.evaluate(() => localStorage.getItem('factbox-studio.draft')));
  await page.getByRole('button', { name: 'Copy snippet' }).press('Enter');
  await page.getByText('Copied to the clipboard.').waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await snippetBox.inputValue());
  const base = `${server.url}/factbox/`;
  assert.equal(await page.getByRole('textbox', { name: /^Bundle base URL/ }).inputValue(), base);
  const cli = execFileSync(CLI, ['render', '--content', file, '--base', base], { encoding: 'utf8' });
  assert.equal(snippet, cli, 'byte for byte what `factbox render` prints');
  // The iframe code names the article and its title.
  await page.getByRole('button', { name: 'Copy iframe code' }).press('Enter');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<iframe data-factbox src="http:\/\/127\.0\.0\.1:\d+\/factbox\/embed\/c5-gipfel\.html\?childId=factbox" title="Fact box: C5\+1 summit: /);

  // Pasted into an article page, the box is resumed: the server's nodes stay, nothing renders afresh.
  const host = await context.newPage();
  const hostErrors = watchErrors(host);
  const messages = [];
  host.on('console', (m) => messages.push(m.text()));
  await host.route(`${server.url}/article.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Artikel</title></head><body><main><h1>Artikel</h1>\n${snippet}</main></body></html>`,
  }));
  await host.goto(`${server.url}/article.html`);
  await host.evaluate(() => { window.before = document.querySelector('fact-box').shadowRoot.querySelector('#fb-title'); });
  await waitForBoxes(host);
  assert.equal(await host.evaluate(() => window.before === document.querySelector('fact-box').shadowRoot.querySelector('#fb-title')), true, 'resumed in place');
  assert.deepEqual(messages.filter((m) => m.includes('factbox')), [], 'resumed, not shown afresh');
  const first = host.locator('fact-box .fb-acc-button').first();
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(hostErrors, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the draft survives a reload, and leaving with work not yet taken out of the studio asks first', async () => {
  const { context, page, errors } = await openStudio();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.accept(); });
  // The untouched starter of a first visit is nobody's work: leaving asks nothing.
  await page.getByRole('heading', { name: 'Start' }).click();
  await page.reload();
  assert.deepEqual(dialogs, []);
  // A draft with no problems left, so that its snippet is rendered and it can be downloaded.
  await page.getByRole('button', { name: 'Open the example (C5+1 summit)' }).press('Enter');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  const title = () => group(page, 'The box').getByRole('textbox', { name: 'Title', exact: true });
  await title().focus();
  await typeOver(page, 'Ein Entwurf, der bleibt');
  // The bundle's base URL is set once and remembered.
  const base = page.getByRole('textbox', { name: /^Bundle base URL/ });
  await base.fill('https://cdn.example.org/factbox');
  await base.press('Tab');
  await page.reload();
  assert.equal(await base.inputValue(), 'https://cdn.example.org/factbox');
  await page.waitForFunction(() => document.getElementById('publish-snippet').value.includes('href="https://cdn.example.org/factbox/factbox.css"'));
  assert.deepEqual(dialogs, ['beforeunload'], 'the browser asked before leaving');
  assert.equal(await title().inputValue(), 'Ein Entwurf, der bleibt');
  assert.equal(await page.getByRole('region', { name: 'Start' }).getByRole('status').textContent(), 'Your draft is back, as you left it.');
  assert.equal(await preview(page).locator('#fb-title').textContent(), 'Ein Entwurf, der bleibt');
  // Downloaded, the draft is safe: leaving asks nothing.
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download content file' }).press('Enter')]);
  await page.reload();
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('any file opens: a block kind the form does not know is edited as JSON, a broken file is reported, undo brings back the draft', async () => {
  const { context, page, errors } = await openStudio();
  const content = JSON.parse(await readFile('static/content/en.json', 'utf8'));
  content.sections[0].blocks.push({ type: 'chart', data: [1, 2] });
  await page.getByLabel('Open a content file').setInputFiles({ name: 'chart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content, null, 2)) });
  await page.getByText('Opened: chart.json').waitFor();
  const raw = page.getByRole('textbox', { name: 'chart as JSON (the form has no fields for this kind yet)' });
  assert.match(await raw.inputValue(), /"type": "chart"/);
  assert.match(await raw.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent), /unknown block type "chart"/);
  // Edited there into a kind the model knows, the block gets its form.
  await raw.fill('{ "type": "text", "text": "Now a paragraph.", "sources": ["' + content.sources[0].id + '"] }');
  assert.equal(await raw.count(), 0);
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  await page.getByLabel('Open a content file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG not json') });
  await page.getByText('Opened: photo.json').waitFor();
  assert.match(await page.getByRole('region', { name: /^Problems/ }).getByRole('button').first().textContent(), /^invalid JSON: .*\(line 1, column 1\)$/);
  assert.equal(await page.getByRole('button', { name: 'Download content file' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Undo' }).press('Enter');
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  // A file dropped anywhere on the page opens too.
  const starter = execFileSync(CLI, ['new', '--lang', 'de'], { encoding: 'utf8' });
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'neu.json', { type: 'application/json' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, starter);
  await page.getByText('Opened: neu.json').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('factbox-studio.draft')), starter, 'the file, byte for byte');
  assert.equal(await preview(page).locator('#fb-title').textContent(), 'Titel der Faktenbox');
  // So does a file's text pasted outside a field.
  await page.getByRole('heading', { name: 'Start' }).click();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, await readFile('static/content/en.json', 'utf8'));
  await page.getByText('Opened the pasted text').waitFor();
  assert.equal(await preview(page).locator('#fb-title').textContent(), content.title);
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds nothing at 1280 and 768 px, in English and German, light and dark, with problems shown; 768 px needs no sideways scrolling', async () => {
  for (const [width, locale, colorScheme] of [[1280, 'en-US', 'light'], [768, 'de-DE', 'light'], [1280, 'en-US', 'dark'], [768, 'de-DE', 'dark']]) {
    const { context, page, errors } = await openStudio({ width, locale, colorScheme });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), locale === 'de-DE' ? 'Faktenbox-Studio' : 'Fact box studio');
    // The studio follows the editor's system: a dark page for a dark system.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, colorScheme === 'dark' ? 'rgb(22, 24, 25)' : 'rgb(251, 250, 247)', `a ${colorScheme} page`);
    // A problem on the page too: its messages must pass as well.
    await page.locator('#f-sources-0-url').fill('example.org');
    await page.locator('#preview-heading').waitFor();
    // The preview is a new box after each change, and its open section fades in: measured
    // mid-fade, its text has less contrast than it ends with (axeViolations waits so only for
    // <fact-box> elements).
    await settled(() => page.locator('#f-sources-0-url').getAttribute('aria-invalid'), 'true');
    await page.evaluate(() => Promise.all(document.querySelector('.preview-host').shadowRoot.getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime)).map((a) => a.finished.catch(() => {}))));
    assert.deepEqual(await axeViolations(page), [], `axe at ${width} px, ${colorScheme}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling at ${width} px`);
    // The panels stack on a tablet: a link jumps to the preview, and Tab goes on from there.
    await page.getByRole('navigation').getByRole('link', { name: locale === 'de-DE' ? 'Vorschau' : 'Preview' }).press('Enter');
    await settled(() => page.evaluate(() => document.activeElement.id), 'preview-heading');
    assert.ok(await page.getByRole('heading', { name: locale === 'de-DE' ? 'Vorschau' : 'Preview' }).isVisible());
    await page.screenshot({ path: `${SHOTS}/studio-${width}-${locale}-${colorScheme}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a box written in ArchieML, as newsrooms write in documents, becomes a content file', async () => {
  const { context, page, errors } = await openStudio();
  await page.getByText(/^Or write the box in ArchieML/).press('Enter');
  const text = page.getByRole('textbox', { name: 'Text in ArchieML' });
  await text.fill('Just a sentence, no keys.');
  await page.getByRole('button', { name: 'Make a box from this text' }).press('Enter');
  await page.getByText('No "key: value" line in the text: nothing to make a box from.').waitFor();
  await text.fill([
    'lang: en', 'title: Pension package: what the Bundestag decided', 'as_of: 2025-12-05',
    'summary.text: The Bundestag passed the pension package.', 'summary.sources: bundestag',
    '[sections]', 'id: what-changes', 'title: What changes', 'open: true',
    '[.blocks]', 'type: facts', '[.items]',
    'label: Floor', 'figure: 48%', 'text: The pension level stays at 48 percent', 'until 2031.', ':end', 'sources: bundestag',
    'label: Active pension', 'text: Working past retirement age, 2000 euros a month are tax-free.', 'sources: bundestag',
    '[]', '[]',
    'id: timeline', 'title: Timeline', '[.blocks]', 'type: timeline', '[.items]',
    'date: 2025-12-05', 'text: The Bundestag passes the package.', 'sources: bundestag', '[]', '[]', '[]',
    '[sources]', 'id: bundestag', 'publisher: Deutscher Bundestag', 'title: Pension package passed', 'url: https://www.bundestag.de/rentenpaket', '[]',
  ].join('\n'));
  await page.getByRole('button', { name: 'Make a box from this text' }).press('Enter');
  await page.getByText('Made from the ArchieML text').waitFor();
  await settled(() => problemsStatus(page).textContent(), NO_PROBLEMS);
  assert.equal(await preview(page).locator('#fb-title').textContent(), 'Pension package: what the Bundestag decided');
  assert.equal(await preview(page).locator('#fb-what-changes-button').getAttribute('aria-expanded'), 'true');
  assert.match(await preview(page).locator('#fb-what-changes-panel').textContent(), /stays at 48 percent\nuntil 2031\./);
  assert.equal(await group(page, 'Section 2: Timeline').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the interface speaks German or English, as the editor chooses, and remembers it', async () => {
  const { context, page, errors } = await openStudio();
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('de');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Faktenbox-Studio');
  assert.equal(await page.getByRole('button', { name: 'Neue Box aus der Vorlage' }).count(), 1);
  assert.equal(await page.locator('.studio').getAttribute('lang'), 'de');
  await page.reload();
  assert.equal(await page.getByRole('combobox', { name: 'Sprache der Oberfläche' }).inputValue(), 'de');
  // The check's words are English (the CLI's): marked so for screen readers, beside the
  // interface's own German for the line and column.
  await page.getByRole('button', { name: 'Neue Box aus der Vorlage' }).click();
  const problem = page.getByRole('region', { name: /^Probleme/ }).getByRole('button').first();
  assert.match(await problem.textContent(), /is the starter's example: write this box's own .* \(Zeile \d+, Spalte \d+\)$/);
  assert.match(await problem.locator('[lang="en"]').textContent(), /is the starter's example: write this box's own [^(]*$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('readers never load the studio: the demo article requests nothing from studio/', async () => {
  const page = await browser.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/`);
  await waitForBoxes(page);
  assert.ok(requested.some((p) => p.endsWith('/factbox/pkg/factbox.js')), 'the reader bundle loaded');
  assert.deepEqual(requested.filter((p) => p.startsWith('/studio/')), []);
  await page.close();
});
