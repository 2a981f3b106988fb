// The order of the steps: the stages each step may be recorded from, and what must come first.
// One table for recording a step (steps.ts) and for replaying a history read from a file
// (stage.ts integrityProblems), so that what one records the other accepts.

import type { WorkflowStep } from '../report';
import type { Stage } from './stage';

/** The stages each step may be recorded from (退回 from anywhere in review, before 发布). */
export const FROM: Readonly<Record<WorkflowStep, readonly Stage[]>> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted', 'approved', 'signed', 'filed'],
  sign: ['approved'],
  file: ['signed'],
  // Again from 发布: the same version published on another platform, or on another date.
  publish: ['filed', 'published'],
};

/** What must come first, for the refusal's words. */
export const NEEDS: Readonly<Record<WorkflowStep, string>> = {
  submit: '起草或退回后才能送审',
  approve: '送审后才能审核通过',
  return: '送审之后、发布之前才能退回',
  sign: '审核通过后才能签发',
  file: '签发后才能备案',
  publish: '备案后才能发布',
};

/** The steps a version goes through from 起草 before this step may freeze it. */
export const ROUTE: Readonly<Record<WorkflowStep, string>> = {
  submit: '',
  approve: '送审',
  return: '送审',
  sign: '送审、审核',
  file: '送审、审核、签发',
  publish: '送审、审核、签发、备案',
};
