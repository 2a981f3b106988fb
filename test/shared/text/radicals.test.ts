// Radicals a PDF's text layer gave for ideographs (Chromium's PDF with Noto CJK, read by pdf.js)
// are read as the ideographs; everything else is left exactly as it is.

import { describe, expect, it } from 'vitest';
import { ideographsFromRadicals } from '../../../shared/text/radicals';

describe('ideographsFromRadicals', () => {
  it('reads Kangxi and supplement radicals as the ideographs they print as', () => {
    expect(ideographsFromRadicals('⽰例市⽰例区⼈⺠政府')).toBe('示例市示例区人民政府');
    expect(ideographsFromRadicals('⻓沙市⻔⼾⽹站⻚⾯')).toBe('长沙市门户网站页面');
  });

  it('leaves other text alone, full-width punctuation and digits included', () => {
    const text = '全年收到申请１２件，办结１２件（含上年结转）。Ａ、B；「」';
    expect(ideographsFromRadicals(text)).toBe(text);
  });
});
