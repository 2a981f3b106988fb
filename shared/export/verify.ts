// Every export is checked before it is reported done (issue 21: a Word file that said 已导出 and
// did not open): the Word document's parts are well-formed XML without a character XML forbids,
// a page is UTF-8 without them, a PDF has its header and end; the 图解's SVG is well-formed and
// its PNG has its signature; a workbook (the desk's 一览, the 台账模板) is a zip with its workbook
// part and well-formed parts, as a Word document is. A problem is said in Chinese.

import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { hasXmlForbidden } from '../text/characters';

export type ExportKind = 'docx' | 'xlsx' | 'html' | 'pdf' | 'svg' | 'png';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Why these bytes are not a sound export of their kind, in Chinese; null when they are. */
export async function exportProblem(kind: ExportKind, bytes: Uint8Array): Promise<string | null> {
  if (kind === 'docx' || kind === 'xlsx') return officeProblem(OFFICE[kind], bytes);
  if (kind === 'pdf') return pdfProblem(bytes);
  if (kind === 'png') return PNG.every((b, i) => bytes[i] === b) ? null : 'PNG 图片不完整';
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return kind === 'svg' ? 'SVG 图片不是有效的 UTF-8 文本' : '网页不是有效的 UTF-8 文本';
  }
  if (kind === 'svg') {
    const problem = xmlProblem(text);
    return problem ? `SVG 图片不是有效的 XML（${problem}），浏览器和图片软件将无法打开` : null;
  }
  return hasXmlForbidden(text) || forbiddenReference(text) ? '网页中有网页不允许的字符' : null;
}

/** An Office file's name for people, the part it cannot be without, and who would fail to open it (a Latin word spaced as Chinese text spaces it). */
const OFFICE = {
  docx: { name: 'Word 文档', main: 'word/document.xml', missing: '缺少正文部分', opens: 'Word 和 WPS ' },
  xlsx: { name: 'Excel 工作簿', main: 'xl/workbook.xml', missing: '缺少工作簿部分', opens: 'Excel 和 WPS 表格' },
} as const;

async function officeProblem(office: (typeof OFFICE)[keyof typeof OFFICE], bytes: Uint8Array): Promise<string | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return `${office.name}不是有效的压缩包`;
  }
  if (!zip.file(office.main) || !zip.file('[Content_Types].xml')) return `${office.name}${office.missing}`;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    let xml: string;
    try {
      xml = utf8.decode(await entry.async('uint8array'));
    } catch {
      return `${office.name}的 ${entry.name} 不是有效的 UTF-8 文本`;
    }
    const problem = xmlProblem(xml);
    if (problem) return `${office.name}的 ${entry.name} 不是有效的 XML（${problem}），${office.opens}将无法打开`;
  }
  return null;
}

/** A character XML 1.0 forbids, written as itself or as a reference (&#xFFFF;), or a parse error. */
function xmlProblem(xml: string): string | null {
  if (hasXmlForbidden(xml) || forbiddenReference(xml)) return '含有 XML 不允许的字符';
  let error: string | null = null;
  try {
    new DOMParser({ onError: (_level, message) => (error ??= message) }).parseFromString(xml, 'application/xml');
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  return error === null ? null : '结构有误';
}

function forbiddenReference(text: string): boolean {
  for (const m of text.matchAll(/&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) return true;
  }
  return false;
}

function pdfProblem(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return head.startsWith('%PDF-') && tail.includes('%%EOF') ? null : 'PDF 文件不完整';
}
