// Shared helpers for the browser tests: start a real `rapport serve` on a
// free port over a fresh SQLite database, and open Debian's Chromium through
// playwright-core with a fresh profile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const { chromium } = require('playwright-core');
export const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function parseArgs(argv) {
  const args = { rapport: null, out: path.resolve('artifacts') };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--rapport') args.rapport = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
  }
  if (!args.rapport) throw new Error('usage: node test.mjs --rapport PATH/TO/rapport [--out DIR]');
  fs.mkdirSync(args.out, { recursive: true });
  return args;
}

// Starts the server and resolves with { url, stop } once it listens.
export async function startServer(rapport, extraArgs = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-browser-'));
  const child = spawn(rapport, ['serve', '--listen', '127.0.0.1:0', '--db', `sqlite:${dir}/site.db`, ...extraArgs],
                      { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + log)), 20000);
    child.stderr.on('data', (chunk) => {
      log += chunk.toString();
      for (const line of log.split('\n')) {
        try {
          const record = JSON.parse(line);
          if (record.event === 'listening') { clearTimeout(timer); resolve(record.url.replace(/\/$/, '')); }
        } catch { /* partial line */ }
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n` + log)); });
  });
  return {
    url,
    db: `sqlite:${dir}/site.db`,
    log: () => log,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Runs `rapport ARGS` with `input` on standard input; resolves with its output.
export function runRapport(rapport, args, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(rapport, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`rapport ${args.join(' ')}: ${out}`))));
    child.stdin.end(input);
  });
}

// Waits until a mail whose text contains `needle` is in the Maildir.
export async function waitForMail(maildir, needle, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const sub of ['new', 'cur']) {
      const folder = path.join(maildir, sub);
      if (!fs.existsSync(folder)) continue;
      for (const name of fs.readdirSync(folder)) {
        const text = fs.readFileSync(path.join(folder, name), 'utf8');
        if (text.includes(needle)) return text;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

// A browser profile of its own (a separate "person"), JavaScript on or off.
export async function openBrowser({ javaScriptEnabled = true } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    javaScriptEnabled,
    viewport: { width: 1100, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

// Runs axe-core on the page; returns the serious and critical violations.
export async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, which the page's strict CSP
  // (no inline scripts) rightly does not allow a <script> tag to do.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
  console.log('ok - ' + message);
}
