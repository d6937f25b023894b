// Times how long headless Chromium takes to open pages of the Spec Compliance report, through chromedriver's
// W3C WebDriver HTTP API (Node 18+, no packages). Each page is opened --runs times in one browser session; the
// time is the page's own load timing (navigation start to the end of the load event, so parsing, the script and
// the first layout), and the median is printed, with the page's size and row count.
//
//   node bench/browser/report-load.mjs [--runs 5] [--chromium PATH] [--chromedriver PATH] FILE.html...
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args.splice(i, 2)[1];
};
const runs = Number(opt('--runs', '5'));
const chromium = opt('--chromium', '/usr/bin/chromium');
const chromedriver = opt('--chromedriver', '/usr/bin/chromedriver');
const port = 9515 + Math.floor(Math.random() * 1000);
const driver = spawn(chromedriver, [`--port=${port}`], { stdio: 'ignore' });
// node:http rather than fetch, which gives up on an answer after 300 s: a 100k-row page can take longer.
const call = (method, path, body) => new Promise((ok, fail) => {
  const req = request({ host: '127.0.0.1', port, path, method, headers: { 'Content-Type': 'application/json' } },
    res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', d => { text += d; });
      res.on('end', () => {
        const json = JSON.parse(text);
        if (res.statusCode >= 400) fail(new Error(`${method} ${path}: ${JSON.stringify(json.value)}`));
        else ok(json.value);
      });
    });
  req.on('error', fail);
  req.end(body && JSON.stringify(body));
});
try {
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) {
      if (i > 100) throw e;
      await new Promise(r => setTimeout(r, 100));
    }
  }
  const session = (await call('POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': {
    binary: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=1280,900'] } } } }))
    .sessionId;
  const s = `/session/${session}`;
  try {
    await call('POST', `${s}/timeouts`, { pageLoad: 1800000, script: 600000 });
    console.log('page\tbytes\trows\tmedian_load_ms\tall_ms');
    for (const file of args) {
      const times = [];
      let rows = 0;
      for (let r = 0; r < runs; r++) {
        await call('POST', `${s}/url`, { url: 'about:blank' });
        await call('POST', `${s}/url`, { url: pathToFileURL(resolve(file)).href });
        const t = await call('POST', `${s}/execute/sync`, { args: [], script:
          'var n=performance.getEntriesByType("navigation")[0];' +
          'return [Math.round(n.loadEventEnd), document.querySelectorAll("tr").length]' });
        times.push(t[0]);
        rows = t[1];
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      console.log(`${file}\t${statSync(file).size}\t${rows}\t${median}\t${times.join(',')}`);
    }
  } finally {
    await call('DELETE', s);
  }
} finally {
  driver.kill();
}
