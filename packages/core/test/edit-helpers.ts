/** Helpers for the editing-operation tests: run on a fresh `fullModel()` and check the contract. */
import { expect } from 'vitest';
import type { Model } from '../src/model/schema.ts';
import { validateModel } from '../src/model/validate.ts';
import { EditError } from '../src/ops/edit-error.ts';
import { fullModel } from './full-model.ts';

/** Runs a mutator on a fresh full model and checks the result is still a valid model. */
export function edit<A>(fn: (draft: Model, args: A) => void, args: A, model: Model = fullModel()): Model {
  fn(model, args);
  expect(validateModel(model).issues).toEqual([]);
  return model;
}

/** Runs a mutator expected to refuse; checks it threw an EditError and changed nothing. */
export function refused<A>(
  fn: (draft: Model, args: A) => void,
  args: A,
  model: Model = fullModel(),
): EditError {
  const before = structuredClone(model);
  let error: unknown;
  try {
    fn(model, args);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(EditError);
  expect(model).toEqual(before);
  return error as EditError;
}
