// Types of build/bundle-electron.mjs, for the test that bundles the parsing worker the same way.
import type { BuildOptions } from 'esbuild';

export const common: BuildOptions;
export const moduleUrl: Pick<BuildOptions, 'define' | 'banner'>;
export const WORKER_ENTRY: string;
export const PDF_WORKER_ENTRY: string;
