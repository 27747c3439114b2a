// Browser test: a reader opens the demo post, replies three levels deep with
// JavaScript on, sees their reply marked as awaiting moderation, and another
// browser does not see it. Also: the draft survives a reload, replying works
// with JavaScript off, and axe-core finds no serious accessibility problem.
// A screenshot of the writer's view goes to the artifacts folder.
import path from 'node:path';
import { check, openBrowser, parseArgs, seriousViolations, startServer } from './harness.mjs';

const args = parseArgs(process.argv);
const server = await startServer(args.rapport);
const postUrl = `${server.url}/posts/attachment-to-your-therapist-iv`;
let failed = false;

try {
  // --- The writer, JavaScript on -------------------------------------------------
  const writer = await openBrowser();
  const page = await writer.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(postUrl);
  check((await page.locator('.series-badge').first().textContent()).includes('Part 4 of'), 'series badge shows');
  check(await page.locator('.comment--author').count() > 0, 'author replies are marked');

  // A comment at depth 2: the reply will be at depth 3.
  const parent = page.locator('li.comment[data-depth="2"]').first();
  const parentId = (await parent.getAttribute('id')).replace('comment-', '');
  await parent.locator(':scope > .comment-card .reply-link').click();
  const form = page.locator('#comment-form');
  check(await page.locator(`#comment-${parentId} > #comment-form`).count() === 1, 'the form moved under the comment');
  check((await form.locator('input[name="parent_id"]').inputValue()) === parentId, 'the form knows its parent');

  const text = 'Reading this in the car park before my session. Thank you for putting words to it.';
  await form.locator('#comment-name').fill('Birch');
  await form.locator('#comment-body').fill(text);
  await page.waitForTimeout(700);  // the draft is saved after a pause in typing
  await page.reload();
  check((await page.locator('#comment-body').inputValue()) === text, 'the draft survives a reload');
  check(await page.locator(`#comment-${parentId} > #comment-form`).count() === 1, 'and stays under its comment');

  await Promise.all([page.waitForURL(/#comment-\d+$/), page.locator('#comment-form button[type="submit"]').click()]);
  const newId = page.url().match(/#comment-(\d+)$/)[1];
  const mine = page.locator(`#comment-${newId}`);
  check(await mine.count() === 1, 'the new reply is on the page');
  check((await mine.getAttribute('data-depth')) === '3', 'it sits three levels deep');
  check((await mine.locator('.badge--pending').count()) === 1, 'it is marked as awaiting moderation');
  check((await page.locator(`#comment-${parentId} li#comment-${newId}`).count()) === 1, 'under the comment it answers');
  check((await page.locator('#comment-body').inputValue()) === '', 'the draft was cleared once stored');
  await mine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(args.out, 'reply-flow.png'), fullPage: false });
  const violations = await seriousViolations(page);
  check(violations.length === 0, 'no serious accessibility violations on the post: ' +
        violations.map((v) => `${v.id} (${v.nodes.length})`).join(', '));
  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
  await writer.close();

  // --- Someone else ----------------------------------------------------------------
  const stranger = await openBrowser();
  const other = await stranger.context.newPage();
  await other.goto(postUrl);
  check(await other.locator(`#comment-${newId}`).count() === 0, 'another browser does not see the pending reply');
  check(!(await other.content()).includes(text), 'nor its text');
  await other.goto(server.url + '/');
  const homeViolations = await seriousViolations(other);
  check(homeViolations.length === 0, 'no serious accessibility violations on the home page: ' +
        homeViolations.map((v) => v.id).join(', '));
  // The header's Contents link leads to every series and category.
  await other.locator('nav.site-nav a', { hasText: 'Contents' }).click();
  await other.waitForURL(/\/contents$/);
  check(await other.locator('.contents-parts a').count() > 0, 'the contents page lists the parts of a series');
  const contentsViolations = await seriousViolations(other);
  check(contentsViolations.length === 0, 'no serious accessibility violations on the contents page: ' +
        contentsViolations.map((v) => v.id).join(', '));
  await stranger.close();

  // --- JavaScript off: replying through ?replyto= -------------------------------------
  const plain = await openBrowser({ javaScriptEnabled: false });
  const noScript = await plain.context.newPage();
  await noScript.goto(postUrl);
  const firstReply = noScript.locator('li.comment[data-depth="1"] .reply-link').first();
  await firstReply.click();
  check(noScript.url().includes('replyto='), 'the reply link opens the form without JavaScript');
  await noScript.locator('#comment-name').fill('Alder');
  await noScript.locator('#comment-body').fill('Posted without JavaScript.');
  await Promise.all([noScript.waitForURL(/#comment-\d+$/), noScript.locator('#comment-form button[type="submit"]').click()]);
  const plainId = noScript.url().match(/#comment-(\d+)$/)[1];
  check((await noScript.locator(`#comment-${plainId}`).getAttribute('data-depth')) === '2', 'the reply nests without JavaScript');
  await noScript.screenshot({ path: path.join(args.out, 'reply-without-javascript.png') });
  await plain.close();
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  console.error('--- server log ---\n' + server.log().split('\n').slice(-30).join('\n'));
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
