// The desk from what was found: one row per expected unit (received or not) and per draft of the
// year outside the roster, each with its draft's checks, stage, deadline, last year's figures and
// 雷同 — against its own last year's report and the most similar other unit's this year — and
// what a consolidated report already holds; then each row's problems and the summary.

import { editionForYear } from '../formats';
import { unitDisplayName, unitKey } from '../units/identity';
import { mostSimilar, type Fingerprint } from '../text/similarity';
import { deadlineOf, deadlineType } from './deadline';
import { LIKELY_RENAME, byUnitKey, commonStart, dice, matchDrafts, nameBigrams, stem, type UnitDrafts } from './match';
import { rosterFromDrafts, unitTypeFromName } from './roster';
import { asFingerprint, repetition } from './signature';
import { judge, summarize } from './standing';
import type { DeskRow, DeskView, FoundDraft, KeyFigures, Roster, RosterUnit, UnreadableDraft } from './types';

export interface DeskInput {
  /** The folder's name, for titles. */
  folder: string;
  year: number;
  /** "YYYY-MM-DD": the day deadlines are counted from. */
  today: string;
  /** null: started from the drafts found. */
  roster: Roster | null;
  /** Every draft read in the folder tree (any year), paths relative to the folder. */
  drafts: readonly FoundDraft[];
  unreadable: readonly UnreadableDraft[];
  /** Last year's drafts from elsewhere (the --prior folder, 上年文件夹), and that folder's name. */
  priorDrafts?: readonly FoundDraft[];
  priorFolder?: string | null;
  notes?: readonly string[];
}

export const UNNAMED = '草稿未填写机关名称';

/** Figures of several reports added up (a unit merged from two); null where none has one. */
function sumFigures(all: readonly KeyFigures[]): KeyFigures | null {
  if (all.length === 0) return null;
  if (all.length === 1) return all[0];
  const add = (k: keyof KeyFigures) => (all.every((f) => f[k] === null) ? null : all.reduce((n, f) => n + (f[k] ?? 0), 0));
  return { received: add('received'), concluded: add('concluded'), carried: add('carried'), reviews: add('reviews'), lawsuits: add('lawsuits') };
}

function baseRow(unit: RosterUnit, expected: boolean, year: number): DeskRow {
  return {
    key: unitKey(unit.name),
    name: unit.name,
    type: unit.type,
    contact: unit.contact,
    expected,
    missing: true,
    file: null,
    draftName: null,
    year: null,
    edition: null,
    errors: null,
    warnings: null,
    openRemarks: null,
    stage: null,
    followUp: null,
    publishDate: null,
    published: false,
    deadline: deadlineOf(deadlineType(null, unit.type, unit.name), year),
    late: false,
    lateDays: null,
    dueInDays: null,
    repetitionFromLastYear: null,
    mostSimilarUnit: null,
    figures: null,
    priorFigures: null,
    tables: null,
    unreadable: null,
    duplicates: [],
    coveredBy: [],
    consolidates: [],
    problems: [],
    flags: [],
    notes: [],
    goodStanding: false,
  };
}

/** The row takes the draft's facts: the one of the year, else (said so) another year's. */
function fill(row: DeskRow, unit: RosterUnit, draft: FoundDraft, year: number): void {
  const s = draft.summary;
  row.file = draft.file;
  row.year = s.year;
  row.edition = s.edition;
  if (unitDisplayName(s.organization) !== row.name && unitKey(s.organization) !== '') row.draftName = unitDisplayName(s.organization);
  // Not received until a report of the year is: another year's draft is named, never read as this year's.
  row.missing = s.year !== year;
  if (row.missing) return;
  Object.assign(row, { errors: s.errors, warnings: s.warnings, openRemarks: s.openRemarks, stage: s.stage, followUp: s.followUp, publishDate: s.publishDate });
  row.figures = s.figures;
  row.tables = s.tables;
  row.consolidates = s.consolidates;
  row.deadline = deadlineOf(deadlineType(s.organizationType, unit.type, unit.name), year);
}

export function buildDesk(input: DeskInput): DeskView {
  const { year, today } = input;
  // How far another year's draft is from the year; last year's before the year after's at one year.
  const closeness = (d: FoundDraft) => 2 * Math.abs(d.summary.year - year) + (d.summary.year > year ? 1 : 0);
  const edition = editionForYear(year);
  if (!edition) throw new RangeError(`no national format for report year ${year}`);
  const roster = input.roster ?? rosterFromDrafts(input.drafts, year);
  const matched = matchDrafts(roster.units, input.drafts, year);
  const priorElsewhere = byUnitKey((input.priorDrafts ?? []).filter((d) => d.summary.year === year - 1));
  const priorHere = byUnitKey(input.drafts.filter((d) => d.summary.year === year - 1));
  const unreadable = [...input.unreadable];
  const shown = new Map<DeskRow, FoundDraft>();

  const rows: DeskRow[] = matched.units.map((m: UnitDrafts) => {
    const row = baseRow(m.unit, true, year);
    // No readable draft of the year: an unreadable file named after the unit (or a former name) is
    // most likely that draft, and said so before any other year's draft is named.
    const names = new Set([m.unit.name, ...m.unit.formerNames].map(unitKey));
    const at = m.ofYear.length > 0 ? -1 : unreadable.findIndex((u) => names.has(unitKey(stem(u.file))));
    // Else another year's: the closest (last year before the year after, before older ones).
    const draft = at >= 0 ? undefined : (m.ofYear[0] ?? [...m.ofLastYear, ...m.ofOtherYears].sort((a, b) => closeness(a) - closeness(b))[0]);
    if (at >= 0) {
      const [u] = unreadable.splice(at, 1);
      Object.assign(row, { file: u.file, unreadable: u.reason });
    } else if (draft) {
      fill(row, m.unit, draft, year);
      if (draft.summary.year === year) shown.set(row, draft);
      row.duplicates = m.ofYear.slice(1).map((d) => d.file);
      // Found by its file name only (see matchDrafts): the draft itself must say whose it is.
      if (unitKey(draft.summary.organization) === '') row.problems.push(`${UNNAMED}（按文件名“${draft.file}”归入本单位），请在草稿中填写。`);
    }
    return row;
  });
  // Whose they are nobody can tell: listed with the files that could not be read.
  unreadable.push(...matched.unnamed.map((d) => ({ file: d.file, reason: UNNAMED })));
  for (const o of matched.outside) {
    const unit: RosterUnit = { name: o.name, type: unitTypeFromName(o.name), contact: '', formerNames: [] };
    const row = baseRow(unit, false, year);
    fill(row, unit, o.ofYear[0], year);
    row.duplicates = o.ofYear.slice(1).map((d) => d.file);
    shown.set(row, o.ofYear[0]);
    rows.push(row);
  }

  // Last year's: from the 上年 folder, else from this tree, else the one the draft remembers.
  const units = new Map<DeskRow, RosterUnit>(rows.map((r, i) => [r, i < matched.units.length ? matched.units[i].unit : { name: r.name, type: r.type, contact: '', formerNames: [] }]));
  const prints = new Map<DeskRow, Fingerprint>([...shown].map(([r, d]) => [r, asFingerprint(d.summary.signature)]));
  for (const row of rows) {
    const unit = units.get(row)!;
    const keys = [...new Set([unit.name, ...unit.formerNames].map(unitKey))];
    const found = keys.map((k) => priorElsewhere.get(k)?.[0] ?? priorHere.get(k)?.[0]).filter((d): d is FoundDraft => d !== undefined);
    const draft = shown.get(row);
    const priors = found.length > 0 ? found.map((d) => ({ organization: d.summary.organization, figures: d.summary.figures, signature: d.summary.signature })) : draft?.summary.prior ? [draft.summary.prior] : [];
    row.priorFigures = sumFigures(priors.map((p) => p.figures));
    if (priors.length > 1) row.notes.push(`上年数字为${priors.map((p) => `“${unitDisplayName(p.organization)}”`).join('、')}的合计（名册登记的曾用名或并入单位）。`);
    const print = prints.get(row);
    if (print && priors.length > 0) {
      const ratios = priors.map((p) => repetition(print, asFingerprint(p.signature))).filter((r): r is number => r !== null);
      row.repetitionFromLastYear = ratios.length > 0 ? Math.max(...ratios) : null;
    }
  }

  // 雷同 this year: each unit against every other through an index of sentences (not every pair).
  const compared = [...prints.keys()];
  mostSimilar(compared.map((r) => prints.get(r)!)).forEach((best, i) => {
    if (best) compared[i].mostSimilarUnit = { name: compared[best.index].name, ratio: best.ratio };
  });

  consolidated(rows, units);
  renamesAndOutsiders(rows, roster);
  for (const row of rows) judge(row, year, today, edition.id);
  return {
    folder: input.folder,
    year,
    edition: edition.id,
    today,
    roster: { source: roster.source, units: roster.units.length, problems: roster.problems },
    prior: input.priorFolder ?? null,
    rows,
    summary: summarize(rows),
    unreadable,
    notes: [...(input.notes ?? [])],
  };
}

/**
 * A township's consolidated report and its own units both here: each unit is said to be held by it
 * — by every such report, as a unit may be in two — but only by a report on the roster: one outside
 * it is never summed (planSum), so the units it holds still count on their own.
 */
function consolidated(rows: DeskRow[], units: ReadonlyMap<DeskRow, RosterUnit>): void {
  const byKey = new Map<string, DeskRow>();
  for (const row of rows) {
    if (row.missing) continue;
    for (const name of [row.name, ...units.get(row)!.formerNames]) byKey.set(unitKey(name), row);
  }
  for (const row of rows) {
    if (row.consolidates.length === 0 || row.missing) continue;
    const held = [...new Set(row.consolidates.map((n) => byKey.get(unitKey(n))).filter((r): r is DeskRow => r !== undefined && r !== row && r.year === row.year))];
    if (row.expected) for (const r of held) r.coveredBy.push(row.name);
    row.notes.push(`本报告为 ${row.consolidates.length} 个单位的汇总报告${held.length > 0 && row.expected ? `；其中${held.map((r) => `“${r.name}”`).join('、')}的报告也在文件夹中，汇总时只计入本报告，不重复计算` : ''}。`);
  }
}

/** Drafts outside the roster, beside roster units still without a report of a similar name. */
function renamesAndOutsiders(rows: DeskRow[], roster: Roster): void {
  const waiting = rows.filter((r) => r.expected && r.missing);
  const place = commonStart(roster.units.map((u) => u.name));
  // Each name's pairs once, and an index from a pair to the waiting units that have it: a draft is
  // compared only with the units it shares a pair with (none else can be alike), not with all.
  const pairs = waiting.map((w) => nameBigrams(w.name, place));
  const having = new Map<string, number[]>();
  pairs.forEach((set, i) => {
    for (const g of set) {
      const list = having.get(g);
      if (list) list.push(i);
      else having.set(g, [i]);
    }
  });
  for (const row of rows) {
    // A township's own office held by its consolidated report is outside the county's roster by nature.
    if (row.expected || row.coveredBy.length > 0) continue;
    const own = nameBigrams(row.name, place);
    const shared = new Map<number, number>();
    for (const g of own) for (const i of having.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const alike = [...shared]
      .filter(([i, n]) => dice(pairs[i], own, n) >= LIKELY_RENAME)
      .map(([i]) => i)
      .sort((a, b) => a - b)
      .map((i) => waiting[i]);
    const hint = alike.length > 0 ? `名册中的${alike.map((w) => `“${w.name}”`).join('、')}尚无本年度报告，名称相近：如为同一单位（更名或合并），请在名册中登记曾用名。` : '';
    row.problems.push(`“${row.name}”不在单位名册中。${hint}`);
  }
}
