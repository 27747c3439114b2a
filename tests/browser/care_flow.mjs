// Browser test: care as a reader meets it. A writer in crisis posts through
// the form and lands on their comment with the support panel focused, its
// lines for their browser's country, and picks another country; nobody else
// sees the panel or the comment. Then content warnings: a warned comment
// opens with one click, and a reader's choice to hide warned comments is
// remembered across visits. axe-core checks each state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check, openBrowser, parseArgs, seriousViolations, startServer } from './harness.mjs';

const args = parseArgs(process.argv);
const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-care-')), 'rapport.toml');
fs.writeFileSync(config, '[comments]\nmoderation = "approve-all"\n');
const server = await startServer(args.rapport, ['--config', config]);
const postUrl = server.url + '/posts/attachment-to-your-therapist-iv';
let failed = false;

async function noViolations(page, what) {
  const violations = await seriousViolations(page);
  check(violations.length === 0, `no serious accessibility violations ${what}: ` +
        violations.map((v) => `${v.id} (${v.nodes.length})`).join(', '));
}

try {
  // --- A writer in crisis -----------------------------------------------------------
  const writer = await openBrowser();
  await writer.context.setExtraHTTPHeaders({ 'Accept-Language': 'en-IE,en;q=0.8' });
  const page = await writer.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(postUrl);
  await page.fill('#comment-name', 'Rowan');
  const words = 'I have read this whole series twice. I have decided to end my life after my last session, ' +
                'I just wanted to say thank you first.';
  await page.fill('#comment-body', words);
  await Promise.all([page.waitForURL(/support=now/), page.click('#comment-form button[type="submit"]')]);
  const panel = page.locator('#support');
  check(await panel.isVisible(), 'the writer lands on a support panel');
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === 'support'),
        'which has the focus, so a screen reader starts there');
  const panelText = await panel.innerText();
  check(panelText.includes('You deserve support right now'), 'it speaks to the writer calmly');
  check(panelText.includes('Samaritans') && panelText.includes('112'), 'with Irish lines, from the browser language');
  check(!/flagged|detected|screened|violation/i.test(panelText), 'and no word of detection');
  check(await page.locator('.comment-card', { hasText: 'thank you first' }).count() === 1,
        'the writer sees their comment, waiting');
  await noViolations(page, 'with the support panel open');
  await panel.screenshot({ path: path.join(args.out, 'care-support-panel.png') });

  await page.selectOption('#support-country', 'US');
  await Promise.all([page.waitForURL(/country=US/), page.click('.support-country button[type="submit"]')]);
  check((await page.locator('#support').innerText()).includes('988'), 'another country\'s lines on request');
  await page.goto(postUrl + '?support=now');
  check((await page.locator('#support').innerText()).includes('988'), 'and the choice is remembered');
  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
  await writer.close();

  const stranger = await openBrowser();
  const other = await stranger.context.newPage();
  await other.goto(postUrl);
  check(!(await other.content()).includes('thank you first'), 'another reader does not see the held comment');
  check(await other.locator('#support').count() === 0, 'nor any panel');
  await other.click('text=Find someone to talk to');
  check(await other.locator('#support').isVisible(), 'but any reader can open the lines from the comment form');
  await noViolations(other, 'on the lines any reader can open');
  await stranger.close();

  // --- Content warnings -------------------------------------------------------------------
  const res = await fetch(postUrl.replace('/posts/', '/api/posts/') + '/comments', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ author_name: 'Linden', body: 'My brother died in the spring and I still set his place.',
                           content_warning: 'loss' }),
  });
  check(res.status === 201, 'a comment with a content warning is posted');
  const readerBrowser = await openBrowser();
  const reader = await readerBrowser.context.newPage();
  await reader.goto(postUrl);
  const warned = reader.locator('details.content-warning', { hasText: 'Content warning: loss' });
  check(await warned.count() === 1, 'readers see the warning');
  check(!(await warned.locator('.comment-text').isVisible()), 'and not the text behind it');
  await warned.locator('summary').click();
  check(await warned.locator('.comment-text').isVisible(), 'one click opens it');
  await noViolations(reader, 'with a content warning');
  await reader.check('#hide-warned');
  check(!(await warned.isVisible()), 'a reader can hide warned comments altogether');
  await reader.reload();
  check(await reader.isChecked('#hide-warned') && !(await warned.isVisible()), 'and the browser remembers');
  await readerBrowser.close();
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  console.error('--- server log ---\n' + server.log().split('\n').slice(-20).join('\n'));
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
