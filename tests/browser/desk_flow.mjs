// Browser test of the author's desk: sign in; write and publish a post in a
// series and see it on the site with its series navigation; approve a
// pending comment from the queue with the keyboard and see it on the post;
// answer the oldest waiting question inline and see it leave the inbox and
// appear on the post with the author badge; sign out and find the desk
// closed; judge a writer's risk on a comment's page and find it counted on
// the dashboard. axe-core checks the sign-in page, the queue, the editor, the
// series and categories page, a comment's page and the dashboard. With a mail sink configured, a new comment's notification must
// arrive by SMTP.
import path from 'node:path';
import { check, openBrowser, parseArgs, runRapport, seriousViolations, startServer, waitForMail } from './harness.mjs';

const args = parseArgs(process.argv);
const smtp = process.env.RAPPORT_TEST_SMTP_URL;
const maildir = process.env.RAPPORT_TEST_MAILDIR;
const server = await startServer(args.rapport, smtp ? ['--smtp-url', smtp, '--mail-from', 'The Second Chair <column@example.org>'] : []);
const password = 'a sturdy test password';
let failed = false;

async function axe(page, what) {
  const violations = await seriousViolations(page);
  check(violations.length === 0, `no serious accessibility violations on ${what}: ` +
        violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`).join(', '));
}

try {
  await runRapport(args.rapport, ['user', 'passwd', 'nlindqvist', '--db', server.db], password + '\n');
  // The author's email, for notifications.
  const browser = await openBrowser();
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // --- Sign in ---------------------------------------------------------------
  await page.goto(server.url + '/desk');
  check(page.url().includes('/desk/login'), 'the desk sends a stranger to the sign-in page');
  await axe(page, 'the sign-in page');
  await page.fill('#login', 'nlindqvist');
  await page.fill('#password', 'wrong password here');
  await Promise.all([page.waitForLoadState(), page.click('button[type="submit"]')]);
  check((await page.textContent('.form-error')).includes("don't match"), 'a wrong password is refused kindly');
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/\/desk$/), page.click('button[type="submit"]')]);
  check((await page.textContent('h1')).includes('Dashboard'), 'signed in to the dashboard');
  await axe(page, 'the dashboard');
  check(await page.locator('figure.chart-figure svg[role="img"]').count() >= 3, 'the dashboard draws its charts');

  await page.goto(server.url + '/desk/settings');
  await page.fill('#email', 'nora@example.org');
  await Promise.all([page.waitForLoadState(), page.click('form:has(input[value="profile"]) button[type="submit"]')]);

  // --- Write and publish a post in the series -------------------------------------
  await page.goto(server.url + '/desk/posts/new');
  await axe(page, 'the editor');
  await page.fill('#post-title', 'Attachment to Your Therapist V: What Stays');
  await page.fill('#post-body', 'After the last session, something *stays*.');
  await page.waitForFunction(() => document.querySelector('[data-preview]').innerHTML.includes('<em>stays</em>'));
  check(true, 'the preview follows the text');
  await page.waitForFunction(() => (document.querySelector('[data-autosave-status]') || {}).textContent);
  await page.reload();
  await page.click('button:has-text("Bring them back")');
  check(await page.inputValue('#post-title') === 'Attachment to Your Therapist V: What Stays' &&
        (await page.inputValue('#post-body')).includes('*stays*'), 'a draft left unsaved is brought back on request');
  await page.selectOption('#post-series_id', { label: 'Attachment to Your Therapist' });
  await page.check('#status-published');
  await Promise.all([page.waitForURL(/done=saved/), page.click('#editor button[type="submit"]')]);
  const site = await browser.context.newPage();
  await site.goto(server.url + '/posts/attachment-to-your-therapist-v-what-stays');
  check((await site.textContent('.series-badge')).includes('Part 5 of Attachment to Your Therapist'), 'the new part is on the site');
  check((await site.textContent('.series-nav')).includes('Previous: part 4'), 'with its series navigation');

  // --- A new series waits in the desk until its first part is published ------------
  await page.goto(server.url + '/desk/series');
  await page.fill('#new-series-title', 'Endings, Slowly');
  await Promise.all([page.waitForURL(/done=created/), page.click('form[action="/desk/series"] button[type="submit"]')]);
  const waiting = page.locator('article.desk-card', { hasText: 'Endings, Slowly' });
  check(await waiting.locator('h3 a').count() === 0 && (await waiting.textContent()).includes('once its first part is published'),
        'a series with nothing published has no link to a page readers cannot open yet');
  const published = page.locator('article.desk-card', { hasText: 'Attachment to Your Therapist' });
  check(await published.locator('h3 a[href="/series/attachment-to-your-therapist"]').count() === 1 &&
        (await published.locator('tr', { hasText: 'What Stays' }).textContent()).includes('published'),
        'a published series links to its page and shows each part\'s state');
  await axe(page, 'the series and categories page');
  await page.screenshot({ path: path.join(args.out, 'desk-series.png'), fullPage: true });

  // --- A comment arrives and is approved with the keyboard ------------------------
  const reader = await openBrowser();
  const readerPage = await reader.context.newPage();
  await readerPage.goto(server.url + '/posts/attachment-to-your-therapist-iv');
  await readerPage.fill('#comment-name', 'Hazel');
  await readerPage.fill('#comment-body', 'The part about keeping the rhythm of the session time helped me through August.');
  await Promise.all([readerPage.waitForURL(/#comment-\d+$/), readerPage.click('#comment-form button[type="submit"]')]);
  const newId = readerPage.url().match(/#comment-(\d+)$/)[1];
  await reader.close();
  if (maildir) {
    const mail = await waitForMail(maildir, 'keeping the rhythm');
    check(mail !== null && mail.includes('To: nora@example.org'), 'the author is told of the new comment by email');
  }

  await page.goto(server.url + '/desk/queue?status=pending&order=oldest');
  await axe(page, 'the moderation queue');
  const items = page.locator('.queue-item');
  const count = await items.count();
  let index = -1;
  for (let i = 0; i < count; i++) if ((await items.nth(i).getAttribute('data-comment')) === newId) index = i;
  check(index >= 0, 'the new comment waits in the queue');
  await page.locator('h1').click();
  for (let i = 0; i <= index; i++) await page.keyboard.press('j');
  const approve = page.waitForResponse((r) => r.url().includes(`/desk/comments/${newId}/moderate`));
  await page.keyboard.press('a');
  check((await approve).status() === 200, 'pressing a approves it');
  await page.locator(`#item-${newId}.is-done`).waitFor();
  await site.goto(server.url + '/posts/attachment-to-your-therapist-iv');
  check(await site.locator(`#comment-${newId}`).count() === 1, 'the approved comment is on the post at once');

  // --- Answer the oldest waiting question ---------------------------------------------
  await page.goto(server.url + '/desk/inbox');
  const oldest = page.locator('.inbox-item').first();
  const questionId = (await oldest.getAttribute('id')).replace('question-', '');
  await oldest.locator('textarea').fill('Thank you for waiting. Breaks are hard, and you are not alone in this.');
  // Leaving the page unsent (a closed tab, a session that ran out) loses nothing.
  await page.reload();
  const kept = page.locator(`#question-${questionId}`);
  check((await kept.locator('textarea').inputValue()).startsWith('Thank you for waiting.') &&
        (await kept.textContent()).includes('it has not been sent'),
        'an answer left unsent comes back in its box, said to be unsent');
  await Promise.all([page.waitForURL(/done=replied/), kept.locator('button[type="submit"]').first().click()]);
  check(await page.locator(`#question-${questionId}`).count() === 0, 'the answered question leaves the inbox');
  check(await page.evaluate((id) => localStorage.getItem('rapport-keep:reply-' + id), questionId) === null,
        'and the browser forgets its copy once it is sent');
  await site.goto(server.url + `/desk/comments/${questionId}`).catch(() => {});
  const postHref = await page.evaluate(async (id) => {
    const r = await fetch(`/desk/comments/${id}`);
    const html = await r.text();
    return html.match(/href="(\/posts\/[^"#]+)#comment-/)?.[1] || html.match(/On <a href="(\/posts\/[^"]+)"/)?.[1];
  }, questionId);
  await site.goto(server.url + postHref);
  const answer = site.locator('.comment--author', { hasText: 'Thank you for waiting.' });
  check(await answer.count() === 1, 'the answer is on the post');
  check(await answer.locator('.badge--author').count() === 1, 'with the author badge');
  await site.screenshot({ path: path.join(args.out, 'desk-answer-on-post.png') });

  // --- Judge whether the writer is at risk ----------------------------------------------------
  await page.goto(server.url + `/desk/comments/${questionId}`);
  await axe(page, "a comment's page");
  await Promise.all([page.waitForURL(/done=judged/), page.click('#risk button[value="concern"]')]);
  check(await page.locator('#risk button[value="concern"][aria-pressed="true"]').count() === 1,
        'the judgement is shown as chosen');
  check((await page.textContent('#risk')).includes('staff judged the writer in distress'), 'and said in words');
  await page.goto(server.url + '/desk');
  check((await page.textContent('#screener-title')).includes('The screener on this site'),
        'the dashboard compares the screener with the judgement');
  await axe(page, 'the dashboard with the screener figures');

  // --- Sign out ---------------------------------------------------------------------------
  await page.goto(server.url + '/desk');
  await page.screenshot({ path: path.join(args.out, 'desk-dashboard.png'), fullPage: true });
  await Promise.all([page.waitForURL(/\/desk\/login/), page.click('.desk-signout button')]);
  await page.goto(server.url + '/desk/queue');
  check(page.url().includes('/desk/login'), 'after signing out the desk is closed');
  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
  await browser.close();
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  console.error('--- server log ---\n' + server.log().split('\n').slice(-30).join('\n'));
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
