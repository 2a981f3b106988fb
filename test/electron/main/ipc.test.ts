// Every IPC handler checks the sender frame and validates its payload before the session sees it.

import { describe, expect, it, vi } from 'vitest';
import { RefusedError, registerIpc } from '../../../electron/main/ipc';
import { CHANNELS } from '../../../shared/ipc';
import { loadFixture } from '../../helpers';

const APP = 'app://nianbao/index.html';

function setup() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const session = {
    saveDocument: vi.fn(async () => ({ ok: true, fileName: 'a.nianbao' })),
    openRecent: vi.fn(async () => ({ ok: false, reason: 'invalid', message: 'x' })),
    exportReport: vi.fn(async () => ({ ok: true, fileName: 'a.pdf' })),
    printReport: vi.fn(async () => ({ ok: true })),
    openLocked: vi.fn(async () => ({ ok: false, reason: 'canceled', message: '' })),
    setUserName: vi.fn(async () => ({ ok: true })),
    exportSignoff: vi.fn(async () => ({ ok: true, fileName: 'a.pdf' })),
    exportGraphic: vi.fn(async () => ({ ok: true, fileName: 'a.png' })),
  };
  registerIpc({ handle: (channel: string, fn: never) => handlers.set(channel, fn) } as never, { appUrl: APP, sessionFor: () => session as never });
  const mainFrame = { url: APP };
  const event = (frame: { url: string } | null = mainFrame) => ({ sender: { id: 1, mainFrame }, senderFrame: frame });
  return { handlers, session, event, mainFrame };
}

describe('IPC handlers', () => {
  it('are registered for every channel of the contract, and only those', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('pass a valid request from our page to the session, parsed', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('tianshui-2020');
    await expect(handlers.get('document:save')!(event(), { report, saveAs: false })).resolves.toEqual({ ok: true, fileName: 'a.nianbao' });
    expect(session.saveDocument).toHaveBeenCalledWith({ report, prior: null, saveAs: false });
  });

  it('pass 导出 PDF and 打印 with the report checked, and refuse an unknown format or a path', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('sample-2024');
    await expect(handlers.get('report:export')!(event(), { format: 'pdf', report })).resolves.toEqual({ ok: true, fileName: 'a.pdf' });
    expect(session.exportReport).toHaveBeenCalledWith({ format: 'pdf', report, prior: null });
    await expect(handlers.get('report:print')!(event(), { report })).resolves.toEqual({ ok: true });
    expect(session.printReport).toHaveBeenCalledWith({ report, prior: null });
    for (const [channel, payload] of [
      ['report:export', { format: 'ps', report }],
      ['report:print', { report, printer: '\\\\server\\queue' }],
      ['report:print', { report: { ...report, exportOptions: { fonts: 'comic' } } }],
      ['report:print', undefined],
    ] as const) {
      expect(await handlers.get(channel)!(event(), payload)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(session.exportReport).toHaveBeenCalledTimes(1);
    expect(session.printReport).toHaveBeenCalledTimes(1);
  });

  it('the report\'s life: a locked file\'s choice, the name typed at this PC, the 审核签批单 — each payload checked', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('sample-2024');
    await handlers.get('document:open-locked')!(event(), { choice: 'takeOver' });
    expect(session.openLocked).toHaveBeenCalledWith({ choice: 'takeOver' });
    await handlers.get('profile:set-name')!(event(), { name: ' 王小明 ' });
    expect(session.setUserName).toHaveBeenCalledWith({ name: '王小明' });
    await handlers.get('report:export-signoff')!(event(), { format: 'docx', report });
    expect(session.exportSignoff).toHaveBeenCalledWith({ format: 'docx', report, prior: null });
    for (const [channel, payload] of [
      ['document:open-locked', { choice: 'delete' }],
      ['document:open-locked', { choice: 'takeOver', path: '/etc/passwd' }],
      ['profile:set-name', { name: '' }],
      ['profile:set-name', { name: '长'.repeat(51) }],
      ['report:export-signoff', { format: 'html', report }],
      ['report:export-signoff', { format: 'pdf', report: { ...report, workflow: { ...report.workflow, history: [{ step: 'burn' }] } } }],
    ] as const) {
      expect(await handlers.get(channel)!(event(), payload)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(session.openLocked).toHaveBeenCalledTimes(1);
    expect(session.setUserName).toHaveBeenCalledTimes(1);
    expect(session.exportSignoff).toHaveBeenCalledTimes(1);
  });

  it('pass 导出图解 with both reports checked, and refuse a path or an invalid last year', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('sample-2024');
    const prior = loadFixture('hongqiao-2020');
    await expect(handlers.get('report:export-graphic')!(event(), { report, prior })).resolves.toEqual({ ok: true, fileName: 'a.png' });
    expect(session.exportGraphic).toHaveBeenCalledWith({ report, prior });
    for (const payload of [{ report, prior, path: '/tmp/x.png' }, { report, prior: { ...prior, cells: { 'apply.R1.NP': 'x' } } }, { report }]) {
      expect(await handlers.get('report:export-graphic')!(event(), payload)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(session.exportGraphic).toHaveBeenCalledTimes(1);
  });

  it('refuse a call from a foreign frame: another page, a subframe, or a frame that is gone', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('tianshui-2020');
    await expect(handlers.get('document:save')!(event({ url: 'https://example.com/' }), { report, saveAs: false })).rejects.toBeInstanceOf(RefusedError);
    // The old file:// page, another file served by our scheme, another host of the scheme:
    for (const url of ['file:///app/dist/renderer/index.html', 'app://nianbao/other.html', 'app://evil/index.html']) {
      const frame = { url };
      await expect(handlers.get('document:save')!({ sender: { id: 1, mainFrame: frame }, senderFrame: frame }, { report, saveAs: false })).rejects.toBeInstanceOf(RefusedError);
    }
    const withFragment = { url: `${APP}#part-3` };
    await expect(handlers.get('document:save')!({ sender: { id: 1, mainFrame: withFragment }, senderFrame: withFragment }, { report, saveAs: false })).resolves.toMatchObject({ ok: true });
    session.saveDocument.mockClear();
    await expect(handlers.get('document:save')!(event({ url: APP }), { report, saveAs: false })).rejects.toBeInstanceOf(RefusedError); // a subframe, even at our URL
    await expect(handlers.get('document:save')!(event(null), { report, saveAs: false })).rejects.toBeInstanceOf(RefusedError);
    expect(session.saveDocument).not.toHaveBeenCalled();
  });

  it('refuse a malformed payload with a Chinese message, without calling the session', async () => {
    const { handlers, session, event } = setup();
    const report = loadFixture('tianshui-2020');
    const bad = [
      undefined,
      { report, saveAs: 'yes' },
      { report, saveAs: false, path: '/etc/passwd' },
      { report: { ...report, cells: { 'apply.R1.NP': '80' } }, saveAs: false },
      { report: { ...report, cells: { 'x.y.z': 1 } }, saveAs: false },
    ];
    for (const payload of bad) {
      const result = (await handlers.get('document:save')!(event(), payload)) as { ok: boolean; reason: string; message: string };
      expect(result.ok).toBe(false);
      expect(result.reason).toBe('invalid');
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const r = (await handlers.get('recent:open')!(event(), { index: -1 })) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(session.saveDocument).not.toHaveBeenCalled();
    expect(session.openRecent).not.toHaveBeenCalled();
  });
});
