// `npm run web [-- --port 5173] [--open <草稿.nianbao>] [--dir <folder>] [--user-data <folder>]`: the editor in a
// browser on 127.0.0.1, with window.api bound to the real services, and the browser's file
// picker and downloads for the desktop's file dialogs (webMode.ts). For development and
// demonstration only; the desktop app is the product.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser';
import { chromiumPrinter } from './printer';
import { startHarness } from './server';
import { createWebMode } from './webMode';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5173' }, open: { type: 'string' }, dir: { type: 'string' }, 'user-data': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port 应为 0 到 65535 的整数，实际为“${values.port}”`);
  process.exit(2);
}
// Each run gets a folder of its own unless one is named (to keep working where the last run left off).
const workDir = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'nianbao-web-'));
mkdirSync(workDir, { recursive: true });
const initialPath = values.open ? resolve(values.open) : null;

const web = await createWebMode(workDir);
if (initialPath) web.dialogs.named.set(basename(initialPath), initialPath);
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
  initialPath,
  userDataDir: values['user-data'] ? resolve(values['user-data']) : undefined,
  web,
});
console.log(`年报编辑器（网页演示模式）：${harness.url}`);
console.log(`上传、保存和导出的文件在：${workDir}`);
