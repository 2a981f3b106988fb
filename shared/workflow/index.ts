// The report's life (起草 → 送审 → 审核通过 / 退回 → 签发 → 备案 → 发布): fingerprints over a
// canonical form, the stage derived from the last step, the rules of each step, review remarks,
// version comparison, and the check of a printed file against a version. Pure.
export { canonicalForm, contentOf, fingerprint, sameContent, shortFingerprint, withContent } from './content';
export { STAGES, STAGE_NAMES, STAGE_OF_STEP, STEP_NAMES, editedNote, integrityProblems, isIntact, isVersion, publishedOf, stageHashes, stageOf } from './stage';
export type { Published, Stage, StageInfo } from './stage';
export { allowedSteps, realDate, recordStep, stepProblem, stepsFrom } from './steps';
export type { StepDetails, StepResult } from './steps';
export { TABLE_NAMES, addRemark, anchorOfTarget, cellName, openRemarksOf, placeOf, quoteOf, reopenRemark, resolveRemark } from './remarks';
export type { RemarkPlace, RemarkResult, RemarkTarget } from './remarks';
export { compareContents, describeComparison, excerptOfChange, shown, textDiff } from './compare';
export type { CellChange, Comparison, FieldChange, PartChange, TextPiece } from './compare';
export { restoreVersion } from './restore';
export { differenceLine, differences } from './verify';
export { SIGNOFF_LISTED_WARNINGS, signoffSheet } from './signoff';
export type { SignoffSheet, SignoffStage } from './signoff';
export type { Difference } from './verify';
