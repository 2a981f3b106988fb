// Restoring a frozen version as the current text: its content replaces the report's, everything
// else (the history, the remarks, the clerk's reasons) stays. The editor makes it one undo step.

import type { Report } from '../report';
import { withContent } from './content';

export type Restored = { ok: true; report: Report } | { ok: false; message: string };

export function restoreVersion(report: Report, fp: string): Restored {
  const version = report.workflow.versions[fp];
  if (!version) return { ok: false, message: `没有指纹为 ${fp.slice(0, 8)} 的版本。` };
  return { ok: true, report: withContent(report, version) };
}
