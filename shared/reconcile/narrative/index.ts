// The narrative checks, each with its exact place in the text and, where certain, a fix:
// figures and claims against tables 三 and 四 (T3-08, T3-09, T4-03), stale years (TXT-01),
// copied text (TXT-02), what the text must say (S-01, S-04, S-07, TXT-03, TXT-04), the outline
// (S-08, S-09, S-10) and serious wording errors (TXT-05, TXT-06, TXT-07).

import { TEXT_SECTIONS } from '../../report';
import type { Context } from '../context';
import { checkClaims } from './claims';
import { checkCopiedText } from './copied';
import { checkOutlines } from './outline';
import { checkWording } from './wording';
import { checkQuotedFigures } from './quoted';
import { checkStatements } from './statements';
import { checkStaleYears } from './years';

export { COPIED_HINT, COPIED_WARNING } from './copied';

export function checkNarrative(ctx: Context): void {
  for (const section of TEXT_SECTIONS) {
    if (ctx.report.text[section] === '') continue;
    checkStaleYears(ctx, section);
    checkQuotedFigures(ctx, section);
    checkClaims(ctx, section);
    checkWording(ctx, section);
  }
  checkStatements(ctx);
  checkOutlines(ctx);
  checkCopiedText(ctx);
}
