// The *.nianbao draft file: schema, migrations, parsing and serialising.
export { asPrior, localIsoString, parseDraft, serializeDraft, validateReport, MAX_DRAFT_BYTES } from './file';
export type { Draft, DraftResult } from './file';
export { CURRENT_FILE_VERSION, DRAFT_KIND, WORKFLOW_LIMITS } from './schema';
export { MAX_MESSAGE, clip, excerpt } from './messages';
export { MAX_JSON_DEPTH, scanJson } from './jsonScan';
export type { JsonProblem } from './jsonScan';
export { migrate, MIGRATIONS } from './migrate';
export type { MigrationStep } from './migrate';
export { rollForward, convertTo2021 } from './rollForward';
export type { ConversionNote, RolledForward } from './rollForward';
