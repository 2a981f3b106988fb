// Every export carries the fingerprint of the content it was made from (issue 23): a Word custom
// document property, an HTML <meta> (or, in a fragment, an attribute of its root), and an entry
// of the PDF's document information. Nothing of it is printed on the page.

import type { Report } from '../report';
import { contentOf, fingerprint } from '../workflow/content';

export const FINGERPRINT_PROPERTY = 'NianbaoFingerprint';
export const FINGERPRINT_META = 'nianbao-fingerprint';

export const exportFingerprint = (report: Report): string => fingerprint(contentOf(report));
