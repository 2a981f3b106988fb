// `npm run web [-- --port 5173] [--open <草稿.nianbao>] [--dir <folder>] [--user-data <folder>]`: the editor in a
// browser on 127.0.0.1, with window.api bound to the real services. For development and
// demonstration only; the desktop app is the product.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser';
import { chromiumPrinter } from './printer';
import { startHarness } from './server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5173' }, open: { type: 'string' }, dir: { type: 'string' }, 'user-data': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port 应为 0 到 65535 的整数，实际为“${values.port}”`);
  process.exit(2);
}
const workDir = resolve(values.dir ?? join(tmpdir(), 'nianbao-web'));
mkdirSync(workDir, { recursive: true });

let browser: Promise<Browser> | null = null;
// 导出 PDF through a headless Chromium; 打印 saves the pages as a PDF in the work folder.
const printer = chromiumPrinter(
  () => (browser ??= launchChromium()),
  async (_html, pdf) => {
    const file = join(workDir, `打印-${new Date().toISOString().replace(/[:.]/g, '-')}.pdf`);
    writeFileSync(file, await pdf());
    console.log(`打印（网页调试模式）：已保存为 ${file}`);
    return true;
  },
);
const harness = await startHarness({
  printer,
  rendererDir: resolve('dist/renderer'),
  samplePath: resolve('test/fixtures/drafts/sample-2024.nianbao'),
  workDir,
  port,
  initialPath: values.open ? resolve(values.open) : null,
  userDataDir: values['user-data'] ? resolve(values['user-data']) : undefined,
});
console.log(`年报编辑器（网页调试模式）：${harness.url}`);
console.log(`保存和导出的文件写入：${workDir}`);
