// One identity for a unit (shared/units/identity): names that differ only by width, invisible
// characters or spaces are one unit; names that differ in a visible character are not.

import { describe, expect, it } from 'vitest';
import { hiddenInName, unitDisplayName, unitKey } from '../../../shared/units/identity';
import { NAME, VARIANTS } from './variants';

describe('unitKey', () => {
  it.each(VARIANTS)('takes a name with %s as the same unit', (_what, variant) => {
    expect(variant).not.toBe(NAME);
    expect(unitKey(variant)).toBe(unitKey(NAME));
  });

  it('keeps units apart that differ in a visible character', () => {
    expect(unitKey('天水市人民政府')).not.toBe(unitKey('天水县人民政府'));
    expect(unitKey('天水市第1中学')).not.toBe(unitKey('天水市第11中学'));
    // Spaces between Latin words separate words.
    expect(unitKey('ABC Office')).not.toBe(unitKey('ABCOffice'));
    expect(unitKey('ABC\u00A0\u00A0Office')).toBe(unitKey('ABC Office'));
  });
});

describe('the name as shown and what it hides', () => {
  it('shows the name without invisible characters, keeping its width', () => {
    expect(unitDisplayName('\uFEFF天水市\u200B第１中学 ')).toBe('天水市第１中学');
  });

  it('names each invisible or control character a name holds, and none in a clean name', () => {
    expect(hiddenInName('天水市\u200B第1中学\u202E')).toEqual(['U+200B（零宽空格）', 'U+202E（方向控制符）']);
    expect(hiddenInName('天水市\t第1中学\uFFFF')).toEqual(['U+0009（制表符）', 'U+FFFF（非字符）']);
    expect(hiddenInName('天水市 第１中学\u3000')).toEqual([]);
  });
});
