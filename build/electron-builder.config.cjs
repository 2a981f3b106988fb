// electron-builder: Windows installer (NSIS, per-user, Chinese), Linux deb and AppImage for x64
// and arm64 (UOS, Kylin), macOS dmg. The app is bundled into dist/ beforehand (npm run build),
// so the package holds the build and package.json only — no sources, tests or node_modules.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.nianbao.editor',
  productName: '年报编辑器',
  executableName: 'nianbao',
  copyright: '年报编辑器',
  directories: { output: 'release', buildResources: 'build/resources' },
  files: ['dist/**/*', 'package.json', '!**/*.map'],
  // Everything is bundled by vite and esbuild: nothing to install or rebuild in the package
  // (package.json lists no dependencies, only build-time devDependencies).
  npmRebuild: false,
  asar: true,
  // Fuses flipped in the Electron binary itself (test/build/packaging.test.ts reads them back):
  // the shipped app cannot be turned into a general Node runtime (ELECTRON_RUN_AS_NODE,
  // NODE_OPTIONS, --inspect), loads its code only from app.asar and validates that archive's
  // integrity (macOS, Windows), encrypts cookies, and gives file:// pages no extra privileges —
  // the page is served as app://nianbao/ (electron/main/protocol.ts).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  extraResources: [{ from: 'test/fixtures/drafts/sample-2024.nianbao', to: 'sample/示例报告.nianbao' }],
  fileAssociations: [
    {
      ext: 'nianbao',
      name: '年报草稿',
      description: '政府信息公开工作年度报告草稿',
      mimeType: 'application/x-nianbao',
      role: 'Editor',
    },
  ],
  icon: 'build/resources/icon.png',
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN'],
    language: '2052',
    shortcutName: '年报编辑器',
    uninstallDisplayName: '年报编辑器',
    artifactName: 'nianbao-setup-${version}-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    synopsis: '政府信息公开工作年度报告编辑器',
    description: '按全国统一格式编写政府信息公开工作年度报告，核对勾稽关系，导出 Word 和网页。',
    maintainer: '年报编辑器 <nianbao@localhost>',
    artifactName: 'nianbao-${version}-${arch}.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
  },
};
