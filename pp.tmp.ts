import { writeFileSync, mkdirSync } from 'node:fs';
import { toPrintHtml, } from './shared/export/print';
import { launchChromium } from './test/browser';
import { PRINT_FIXTURES, printFixture } from './test/shared/export/printFixtures';
const out = process.argv[2] ?? '/tmp/pp';
mkdirSync(out, { recursive: true });
const b = await launchChromium();
const p = await b.newPage();
const only = process.argv[3];
for (const n of PRINT_FIXTURES) {
  if (only && n !== only) continue;
  const t = Date.now();
  const html = toPrintHtml(printFixture(n));
  writeFileSync(`${out}/${n}.html`, html);
  await p.setContent(html, { waitUntil: 'load' });
  writeFileSync(`${out}/${n}.pdf`, await p.pdf({ preferCSSPageSize: true, printBackground: true }));
  console.log(n, html.length, Date.now() - t, 'ms');
}
await b.close();
