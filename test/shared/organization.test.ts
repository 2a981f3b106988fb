// 机关类型 guessed from the organisation's name (for the S-06 deadline), and the clerk's choice first.

import { describe, expect, it } from 'vitest';
import { guessOrganizationType, organizationTypeOf, publicationDeadline } from '../../shared/report';

describe('guessOrganizationType', () => {
  it.each([
    ['天水市人民政府', 'government'],
    ['郑州市上街区人民政府', 'government'],
    ['某县某镇人民政府', 'township'],
    ['某县某乡', 'township'],
    ['某区某某街道办事处', 'township'],
    ['淮安市洪泽区人民政府办公室', 'department'],
    ['沭阳县发展和改革局', 'department'],
    ['上海市科学技术委员会', 'department'],
    ['某县城乡建设局', 'department'],
    ['平潭综合实验区', null],
    ['', null],
  ])('%s → %s', (name, type) => {
    expect(guessOrganizationType(name)).toBe(type);
  });

  it('yields to the type the clerk set', () => {
    expect(organizationTypeOf({ organization: '某县人民政府', organizationType: 'department' })).toBe('department');
    expect(organizationTypeOf({ organization: '某县人民政府', organizationType: null })).toBe('government');
  });
});

describe('publicationDeadline (条例第四十九条)', () => {
  it('is 1月31日 of the next year for departments and townships, 3月31日 for a government', () => {
    expect(publicationDeadline('department', 2024)).toEqual({ iso: '2025-01-31', shown: '2025年1月31日' });
    expect(publicationDeadline('township', 2019).iso).toBe('2020-01-31');
    expect(publicationDeadline('government', 2024)).toEqual({ iso: '2025-03-31', shown: '2025年3月31日' });
  });
});
