// The desk's channels refuse what a page should never send: a year without a format, a file
// named with extra fields, an empty or overlong name, an export format there is none of.

import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../shared/ipc';

describe('desk requests', () => {
  it('accepts what the page sends and refuses anything else', () => {
    expect(parseRequest('openDesk', { year: 2024 })).toEqual({ ok: true, value: { year: 2024 } });
    expect(parseRequest('openDesk', { year: 1999 }).ok).toBe(false);
    expect(parseRequest('openDeskUnit', { file: '乡镇/示例县城关镇.nianbao' }).ok).toBe(true);
    expect(parseRequest('openDeskUnit', { file: 'a.nianbao', path: '/etc/passwd' }).ok).toBe(false);
    expect(parseRequest('openDeskUnit', { file: '' }).ok).toBe(false);
    expect(parseRequest('exportDesk', { format: 'docx' }).ok).toBe(false);
    expect(parseRequest('aggregateDesk', { organization: ' ', confirmed: [] }).ok).toBe(false);
    expect(parseRequest('aggregateDesk', { organization: '示例县人民政府', confirmed: ['示例县财政局'] })).toEqual({ ok: true, value: { organization: '示例县人民政府', confirmed: ['示例县财政局'] } });
    expect(parseRequest('recordFormerName', { unit: '示例县教育和体育局', former: '局'.repeat(101) }).ok).toBe(false);
    expect(parseRequest('refreshDesk', { again: true })).toEqual({ ok: false, message: '此请求不带参数' });
    expect(parseRequest('deskProgress', undefined).ok).toBe(true);
  });
});
