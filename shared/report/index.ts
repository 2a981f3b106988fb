// The report model: type, blank report, cell value parsing, exact amounts.
export * from './types';
export * from './blank';
export * from './amount';
export * from './parse';
export * from './limits';
export * from './organization';
export * from './caps';
