// Import of published reports (text scraped from portals, saved pages, Word files) into drafts.

import type { Finding } from '../reconcile/types';
import { reconcile } from '../reconcile';
import type { Report } from '../report';
import { simplifiedIfTraditional, stripPinyin } from './normalize';
import { recognize } from './recognize';
import { docxTokens, htmlTokens, textTokens, type Token } from './tokens';

export interface ImportSummary {
  format: 'text' | 'html' | 'docx';
  /** Entered cells of the form that got a figure, and those left blank. */
  cellsRecovered: number;
  cellsMissing: number;
  /** The page was in 繁體 and was converted. */
  traditional: boolean;
}

export type Imported =
  | { ok: true; report: Report; findings: Finding[]; summary: ImportSummary }
  | { ok: false; message: string };

/** Published reports are a few hundred KB; a page of tens of MB is not one. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function formatOf(name: string, bytes: Uint8Array): ImportSummary['format'] {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'docx';
  if (ext === 'html' || ext === 'htm') return 'html';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).toLowerCase();
  return /<html|<!doctype html|<table|<body/.test(head) ? 'html' : 'text';
}

/** UTF-8, or GB18030 (older Chinese pages and Notepad files) when it is not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export async function importPublished(name: string, bytes: Uint8Array): Promise<Imported> {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不像是一份年报` };
  const format = formatOf(name, bytes);
  let tokens: Token[];
  try {
    tokens = format === 'docx' ? await docxTokens(bytes) : format === 'html' ? htmlTokens(decodeText(bytes)) : textTokens(decodeText(bytes));
  } catch (e) {
    return { ok: false, message: `无法读取这个${format === 'docx' ? ' Word ' : ''}文件：${e instanceof Error ? e.message : String(e)}` };
  }
  return fromTokens(tokens, format);
}

export function importText(text: string): Imported {
  return fromTokens(textTokens(text), 'text');
}

function fromTokens(raw: Token[], format: ImportSummary['format']): Imported {
  const cleaned = raw.map((t) => ({ ...t, text: stripPinyin(t.text) }));
  const joined = cleaned.map((t) => t.text).join('\u0001');
  const simplified = simplifiedIfTraditional(joined);
  const tokens = simplified.converted ? simplified.text.split('\u0001').map((text, i) => ({ ...cleaned[i], text })) : cleaned;
  const result = recognize(tokens);
  if ('error' in result) return { ok: false, message: result.error };
  const findings = [...result.findings, ...reconcile(result.report)];
  return {
    ok: true,
    report: result.report,
    findings,
    summary: { format, cellsRecovered: result.recovered, cellsMissing: result.missing, traditional: simplified.converted },
  };
}
