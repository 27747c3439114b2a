// Browser test: every XSS payload of ../shared/fixtures (PayloadsAllTheThings
// lists) is posted as a comment and as a writer's name, approved, and the
// post's pages are opened in Chromium with the Content-Security-Policy turned
// off, so that only the site's escaping stands between the payload and the
// reader. The test fails if any script runs (an alert, confirm or prompt, a
// window.__xss marker), if the page makes a request anywhere but its own
// stylesheet, script and icon, or if a comment holds an element or attribute
// that could run script.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from './harness.mjs';
import { check, parseArgs, runRapport, startServer } from './harness.mjs';

const args = parseArgs(process.argv);
const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/fixtures/swisskyrepo-PayloadsAllTheThings');
const payloads = [...new Set(fs.readdirSync(fixtures).flatMap((name) =>
  fs.readFileSync(path.join(fixtures, name), 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '')))];
check(payloads.length > 600, `${payloads.length} distinct payloads`);

const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-xss-')), 'rapport.toml');
fs.writeFileSync(config, [
  '[comments]', 'moderation = "approve-all"', 'threads_per_page = 250', 'max_bytes = 65536',
  '[spam]', 'min_seconds_to_write = 0', 'max_per_address_per_10_minutes = 100000', 'max_per_email_per_hour = 100000',
].join('\n'));
const server = await startServer(args.rapport, ['--config', config]);
const api = `${server.url}/api/posts/attachment-to-your-therapist-iv/comments`;
const password = 'a sturdy test password';
let failed = false;

async function post(body) {
  const r = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return r.status;
}

try {
  const started = Date.now();
  let stored = 0;
  for (const [i, p] of payloads.entries()) {
    if ((await post({ author_name: `Reader ${i}`, body: p })) === 201) stored++;
    const name = [...p].slice(0, 80).join('').trim();
    if (name && (await post({ author_name: name, body: `A comment whose writer's name is payload ${i}.` })) === 201) stored++;
  }
  check(stored >= payloads.length * 2 - 40, `${stored} comments stored`);
  console.log(`# stored in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Whatever the spam check held, a moderator approves here: everything must be on the page.
  await runRapport(args.rapport, ['user', 'passwd', 'nlindqvist', '--db', server.db], password + '\n');
  const browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-profile-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, bypassCSP: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const desk = await browser.newPage();
  await desk.goto(server.url + '/desk/login');
  await desk.fill('#login', 'nlindqvist');
  await desk.fill('#password', password);
  await Promise.all([desk.waitForURL(/\/desk$/), desk.click('button[type="submit"]')]);
  for (const status of ['spam', 'pending']) {
    for (;;) {
      const html = await (await desk.request.get(`${server.url}/desk/queue?status=${status}`)).text();
      const ids = [...html.matchAll(/data-comment="(\d+)"/g)].map((m) => m[1]);
      if (!ids.length) break;
      const csrf = html.match(/name="csrf" value="([^"]+)"/)[1];
      const form = new URLSearchParams([['csrf', csrf], ['action', 'approve'], ...ids.map((id) => ['ids', id])]);
      const r = await desk.request.post(`${server.url}/desk/comments/bulk`,
        { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: form.toString(), maxRedirects: 0 });
      if (r.status() !== 303) throw new Error('bulk approve failed: ' + r.status());
    }
  }

  const reader = await browser.newPage();
  const incidents = [];
  await reader.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      window[name] = (...a) => { window.__xss = (window.__xss || []).concat(name + ':' + a.join(',')); };
    }
  });
  reader.on('dialog', async (d) => { incidents.push('dialog: ' + d.message()); await d.dismiss(); });
  reader.on('request', (r) => {
    const url = r.url();
    const own = url.startsWith(server.url + '/posts/') || url.startsWith(server.url + '/static/') ||
                url === server.url + '/favicon.ico';
    if (!own) incidents.push('request: ' + url.slice(0, 120));
  });
  reader.on('popup', (p) => incidents.push('popup: ' + p.url()));
  let page = 1;
  let shown = 0;
  for (;;) {
    const response = await reader.goto(`${server.url}/posts/attachment-to-your-therapist-iv?page=${page}`, { waitUntil: 'load' });
    if (response.status() !== 200) throw new Error('page ' + page + ': ' + response.status());
    await reader.waitForTimeout(300);  // let timers and late handlers fire
    // Hover and focus each comment, for payloads waiting on onmouseover or autofocus.
    shown += await reader.locator('.comment-card').count();
    // Synthetic events reach any inline handler that slipped through, as a real pointer would.
    await reader.evaluate(() => {
      for (const el of document.querySelectorAll('.comment-card *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle', 'pointerover']) {
          el.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
    });
    await reader.waitForTimeout(100);
    const marker = await reader.evaluate(() => window.__xss || []);
    incidents.push(...marker.map((m) => `script ran on page ${page}: ${m}`));
    const dangerous = await reader.evaluate(() => {
      const bad = [];
      for (const el of document.querySelectorAll('.comment-card *')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'style', 'link', 'meta', 'form', 'base',
             'frame', 'frameset', 'video', 'audio', 'source', 'isindex'].includes(tag)) bad.push('<' + tag + '>');
        if (tag === 'input' && el.type !== 'checkbox') bad.push('<input type=' + el.type + '>');
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') bad.push(tag + '[' + attr.name + ']');
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) &&
              /^\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) bad.push(tag + '[' + attr.name + '=' + attr.value.slice(0, 30) + ']');
        }
      }
      return bad;
    });
    incidents.push(...dangerous.map((d) => `page ${page}: ${d}`));
    const next = await reader.locator('a[rel="next"]').count();
    if (!next) break;
    page++;
  }
  check(shown >= stored, `all ${shown} comments were on the pages, approved`);
  await reader.screenshot({ path: path.join(args.out, 'xss-last-page.png') });
  check(incidents.length === 0, 'no payload ran, reached out, or survived as markup: ' + incidents.slice(0, 10).join(' | '));
  await browser.close();
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  console.error('--- server log ---\n' + server.log().split('\n').slice(-20).join('\n'));
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
