// `npm start` runs this first. The Electron binary is not part of `npm ci`: Electron fetches it
// on first start (its own install.js: the download cache, then ELECTRON_MIRROR or GitHub). Here
// that happens once, up front, and when it cannot, the user is told in Chinese and English how
// to get it — within seconds, instead of a stack trace.
// Usage: node build/check-electron.mjs [<folder of the electron package>]
/* global fetch, AbortSignal, URL */

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = process.argv[2] ? resolve(process.argv[2]) : dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;

/** The executable `electron .` will run, found as node_modules/electron/index.js finds it. */
function executable() {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  if (override) return join(override, name || 'electron');
  return name ? join(electronDir, 'dist', name) : null;
}

function present() {
  const path = executable();
  return path !== null && (existsSync(path) || (process.platform === 'win32' && existsSync(`${path}.exe`)));
}

/** Where @electron/get downloads from: the same settings it reads, in its order. */
function downloadBase() {
  const env = process.env;
  return (
    env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/'
  );
}

/** Why the download address cannot be reached, or null when it answers. */
async function unreachable(base) {
  try {
    await fetch(base, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return null;
  } catch (e) {
    const reason = e.cause?.code ?? e.cause?.message ?? e.message;
    return `${new URL(base).host}: ${reason}`;
  }
}

/** A command line with an environment variable, in the user's shell. */
function withVariable(name, value) {
  return process.platform === 'win32' ? `set "${name}=${value}"\n       npm start` : `${name}=${value} npm start`;
}

function explain(problem) {
  const folder = process.platform === 'win32' ? 'D:\\electron-v' + version : `$HOME/electron-v${version}`;
  console.error(`
${problem}

获取方法（任选一种）/ Ways to get it (any one):
  1. 从国内镜像下载 / download from a mirror:
       ${withVariable('ELECTRON_MIRROR', 'https://npmmirror.com/mirrors/electron/')}
  2. 使用从别处拷来的、已解压的 Electron ${version} 文件夹 / use an unpacked Electron ${version} folder copied from elsewhere:
       ${withVariable('ELECTRON_OVERRIDE_DIST_PATH', folder)}
  3. 在联网的电脑上（同一操作系统）预先准备一次 / prepare it once on a connected machine (same system):
       npm ci && npx install-electron
     再把那里的 node_modules/electron/dist 文件夹拷到本机，按方法 2 使用。
     then copy its node_modules/electron/dist folder here and use way 2.
详见 README.md / See README.md.`);
  process.exit(1);
}

if (present()) process.exit(0);

if (override) {
  explain(`年报编辑器无法启动：ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹中没有 Electron 程序（${executable()}）。
Nianbao cannot start: the folder ELECTRON_OVERRIDE_DIST_PATH names holds no Electron executable (${executable()}).`);
}

console.log(`正在获取 Electron ${version}（只需一次，约 100 MB）… / Fetching Electron ${version} (once, about 100 MB)…`);
const install = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'] });
let errors = '';
install.stderr.on('data', (d) => (errors += d));
install.on('close', async (code) => {
  if (code === 0 && present()) process.exit(0);
  const cause = await unreachable(downloadBase()) ?? (errors.trim().split('\n')[0] || `exit ${code}`);
  explain(`年报编辑器无法启动：缺少 Electron ${version} 程序（它不随 npm ci 安装，在首次启动时下载），下载失败（${cause}）。
Nianbao cannot start: the Electron ${version} binary is missing and downloading it failed (${cause}).
下载地址 / tried: ${downloadBase()}`);
});
