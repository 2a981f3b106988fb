// verify: a Word, PDF or HTML file — an export, or the portal's page saved from the browser — read
// by the importer in the parsing worker (someone else's file), then compared with the draft's
// published version (or its current content when nothing was published yet).

import { readFile } from 'node:fs/promises';
import { EmbeddedRefused, embeddedFingerprint } from '../../shared/export/embedded';
import type { Report, ReportContent } from '../../shared/report';
import { contentOf, differences, fingerprint, integrityProblems, publishedOf, STEP_NAMES, type Difference } from '../../shared/workflow';
import { importUntrusted } from './untrusted';

export interface Verified {
  ok: true;
  /** What was compared: the published version, or the current content. */
  against: 'published' | 'current';
  fingerprint: string;
  /** The fingerprint the file says it was made from, and which step froze that version, if any. */
  embedded: { fingerprint: string; steps: string[] } | null;
  differences: Difference[];
  /** The version compared with no longer hashes to its fingerprint (PUB-02). */
  tampered: boolean;
}

export async function verifyFile(report: Report, path: string): Promise<Verified | { ok: false; message: string }> {
  const published = publishedOf(report);
  const version: ReportContent = published?.content ?? contentOf(report);
  const fp = published?.fingerprint ?? fingerprint(version);
  const read = await importUntrusted(path);
  if (!read.ok) return { ok: false, message: read.message };
  // The door and the worker have checked the size: the bytes are read once more for the label,
  // whose Word part is inflated only so far (embedded.ts), whatever size it declares.
  let label: string | null;
  try {
    label = await embeddedFingerprint(new Uint8Array(await readFile(path)));
  } catch (e) {
    if (e instanceof EmbeddedRefused) return { ok: false, message: e.message };
    label = null;
  }
  const steps = label ? report.workflow.history.filter((e) => e.fingerprint === label).map((e) => `${STEP_NAMES[e.step]}（${e.by}，${e.at.slice(0, 10)}）`) : [];
  return {
    ok: true,
    against: published ? 'published' : 'current',
    fingerprint: fp,
    embedded: label ? { fingerprint: label, steps } : null,
    differences: differences(version, read.report),
    tampered: integrityProblems(report).some((p) => p.includes(fp.slice(0, 8))),
  };
}
